export { ServiceStatus, serviceStatusStorageKey, type ServiceStatusProps, type ServiceStatusTone } from './ServiceStatus.js';

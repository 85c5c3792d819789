export { Container, type ContainerProps, type ContainerElement, type ContainerSize } from './Container.js';

export { FileUpload, type FileUploadItem, type FileUploadProps, type FileUploadStatus } from './FileUpload.js';
export {
  checkFiles,
  formatFileSize,
  matchesAccept,
  describeAccept,
  type FileLike,
  type FileRules,
  type FileRejection,
  type FileRejectionReason,
  type FileCheckResult,
  type FileCheckOptions,
  type FileUploadMessages,
} from './fileRules.js';

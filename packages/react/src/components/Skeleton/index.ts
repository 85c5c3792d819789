export { Skeleton, type SkeletonProps, type SkeletonVariant } from './Skeleton.js';
export { SkeletonRegion, type SkeletonRegionProps } from './SkeletonRegion.js';

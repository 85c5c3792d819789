// Doc blocks for the guide pages in docs/. Each renders data from @goteborgsstad/tokens.
export { BrandSwatches } from './BrandSwatches.js';
export { ContrastMatrix } from './ContrastMatrix.js';
export { SemanticColors, SemanticContrast } from './SemanticColors.js';
export { FontFamilies, TypeScale, TypeStyles } from './Typography.js';
export {
  BorderWidths,
  Breakpoints,
  ContainerSizes,
  IconSizes,
  Radii,
  SpaceScale,
  TargetSizes,
} from './Dimensions.js';
export { MotionTokens } from './Motion.js';
export { FocusRingDemo, FocusTokens } from './FocusRing.js';

/** Channel events and ids shared by the manager panel and the preview auditor. */
export const ADDON_ID = 'gbg/brand-panel';
export const PANEL_ID = `${ADDON_ID}/panel`;
/** Preview → manager: the findings for the story on screen. */
export const RESULT = `${ADDON_ID}/result`;
/** Manager → preview: audit again now (after the user changed something by hand). */
export const REQUEST = `${ADDON_ID}/request`;

export interface BrandFinding {
  rule: string;
  severity: 'error' | 'warning';
  selector?: string;
  message: string;
  suggestion?: string;
}

export interface BrandResult {
  storyId: string;
  theme: string;
  findings: BrandFinding[];
  /** Set when the audit itself failed. */
  error?: string;
}

/**
 * Output formats: text, json, sarif (2.1.0), github (Actions workflow commands).
 */
import type { CheckResult } from './check.js';
import { RULES, RULE_IDS } from './model.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

/** The message, plus the suggestion when the message does not already name it. */
function withSuggestion(f: { message: string; suggestion?: string }): string {
  return f.suggestion && !f.message.includes(f.suggestion) ? `${f.message} → ${f.suggestion}` : f.message;
}

function where(f: { file?: string; url?: string }): string {
  return f.file ?? f.url ?? '';
}

export function formatText(result: CheckResult): string {
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of result.findings) {
    if (where(f) !== current) {
      current = where(f);
      if (lines.length) lines.push('');
      lines.push(current);
    }
    const sev = f.severity === 'error' ? 'error  ' : 'warning';
    // A rendered page has no lines: name the element instead.
    const at = f.url && !f.file && f.selector ? f.selector : `${f.line}:${f.column}`;
    lines.push(`  ${at}  ${sev}  ${withSuggestion(f)}  ${f.rule}`);
  }
  const s = result.summary;
  if (lines.length) lines.push('');
  lines.push(`${s.files} ${s.files === 1 ? 'file' : 'files'} checked: ${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}.`);
  return lines.join('\n') + '\n';
}

/** Every finding carries every key, in one order; `selector` and `suggestion` are null when unknown. */
export function formatJson(result: CheckResult): string {
  const findings = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    ...(f.url !== undefined && f.file === undefined ? { url: f.url } : { file: f.file ?? null }),
    line: f.line,
    column: f.column,
    selector: f.selector ?? null,
    message: f.message,
    value: f.value,
    suggestion: f.suggestion ?? null,
  }));
  return JSON.stringify({ ...result, findings }, null, 2) + '\n';
}

export function formatSarif(result: CheckResult, version = '0.0.0'): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gbg-brand',
            version,
            rules: RULE_IDS.map((id) => ({
              id,
              shortDescription: { text: RULES[id].description },
              defaultConfiguration: { level: RULES[id].severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        results: result.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: RULE_IDS.indexOf(f.rule),
          level: f.severity === 'error' ? 'error' : 'warning',
          message: { text: withSuggestion(f) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: where(f) },
                region: { startLine: f.line, startColumn: f.column },
              },
              ...(f.url && f.selector ? { logicalLocations: [{ fullyQualifiedName: f.selector, kind: 'element' }] } : {}),
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** Workflow-command escaping: data escapes %, CR, LF; properties also : and ,. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(result: CheckResult): string {
  const lines = result.findings.map((f) => {
    const cmd = f.severity === 'error' ? 'error' : 'warning';
    const props = [`file=${escapeProperty(where(f))}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(`gbg-brand ${f.rule}`)}`];
    return `::${cmd} ${props.join(',')}::${escapeData((f.url && !f.file && f.selector ? `${f.selector}: ` : '') + withSuggestion(f))}`;
  });
  const s = result.summary;
  lines.push(`gbg-brand: ${s.files} files checked, ${s.errors} errors, ${s.warnings} warnings.`);
  return lines.join('\n') + '\n';
}

export function format(result: CheckResult, name: Format, version?: string): string {
  switch (name) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, version);
    case 'github':
      return formatGithub(result);
    default:
      return formatText(result);
  }
}

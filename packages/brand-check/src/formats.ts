/**
 * Output formats: text, json, sarif (2.1.0), github (Actions workflow commands).
 * Each is a streaming writer: findings go out file by file, the summary last, so a run with a
 * million findings never holds the whole report.
 */
import type { CheckResult, Summary } from './check.js';
import { escapeControl } from './escape.js';
import { RULES, RULE_IDS, type Finding } from './model.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

/** The message, plus the suggestion when the message does not already name it. */
function withSuggestion(f: { message: string; suggestion?: string }): string {
  return f.suggestion && !f.message.includes(f.suggestion) ? `${f.message} → ${f.suggestion}` : f.message;
}

function where(f: { file?: string; url?: string }): string {
  return f.file ?? f.url ?? '';
}

export interface ReportWriter {
  /** More findings, in report order. */
  add(findings: readonly Finding[]): void;
  /** The summary; closes the report. */
  end(summary: Summary): void;
}

/** Buffers small writes into larger ones. */
function buffered(write: (s: string) => void): { put(s: string): void; flush(): void } {
  let buf = '';
  return {
    put(s) {
      buf += s;
      if (buf.length >= 1 << 16) {
        write(buf);
        buf = '';
      }
    },
    flush() {
      if (buf) write(buf);
      buf = '';
    },
  };
}

function summaryLine(s: Summary): string {
  return `${s.files} ${s.files === 1 ? 'file' : 'files'} checked: ${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}.`;
}

function textWriter(write: (s: string) => void): ReportWriter {
  const out = buffered(write);
  let current: string | undefined;
  let any = false;
  return {
    add(findings) {
      for (const f of findings) {
        if (where(f) !== current) {
          current = where(f);
          out.put(`${any ? '\n' : ''}${escapeControl(current)}\n`);
          any = true;
        }
        const sev = f.severity === 'error' ? 'error  ' : 'warning';
        // A rendered page has no lines: name the element instead.
        const at = f.url && !f.file && f.selector ? f.selector : `${f.line}:${f.column}`;
        out.put(`  ${escapeControl(at)}  ${sev}  ${escapeControl(withSuggestion(f))}  ${f.rule}\n`);
      }
    },
    end(s) {
      out.put(`${any ? '\n' : ''}${summaryLine(s)}\n`);
      out.flush();
    },
  };
}

/** Every finding carries every key, in one order; `selector` and `suggestion` are null when unknown. */
function jsonFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    ...(f.url !== undefined && f.file === undefined ? { url: f.url } : { file: f.file ?? null }),
    line: f.line,
    column: f.column,
    selector: f.selector ?? null,
    message: f.message,
    value: f.value,
    suggestion: f.suggestion ?? null,
  };
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/** Writes `head`, the items joined by commas, then `tail(summary)`. */
function listWriter(write: (s: string) => void, head: string, item: (f: Finding) => string, tail: (s: Summary) => string): ReportWriter {
  const out = buffered(write);
  let first = true;
  out.put(head);
  return {
    add(findings) {
      for (const f of findings) {
        out.put(`${first ? '' : ','}\n${item(f)}`);
        first = false;
      }
    },
    end(s) {
      out.put(`${first ? '' : '\n'}${tail(s)}`);
      out.flush();
    },
  };
}

function jsonWriter(write: (s: string) => void): ReportWriter {
  return listWriter(
    write,
    '{\n  "findings": [',
    (f) => '    ' + indent(JSON.stringify(jsonFinding(f), null, 2), '    '),
    (s) => `  ],\n  "summary": ${indent(JSON.stringify(s, null, 2), '  ')}\n}\n`,
  );
}

function sarifWriter(write: (s: string) => void, version: string): ReportWriter {
  const driver = {
    name: 'gbg-brand',
    version,
    rules: RULE_IDS.map((id) => ({
      id,
      shortDescription: { text: RULES[id].description },
      defaultConfiguration: { level: RULES[id].severity === 'error' ? 'error' : 'warning' },
    })),
  };
  const head = `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": {\n        "driver": ${indent(JSON.stringify(driver, null, 2), '        ')}\n      },\n      "results": [`;
  return listWriter(
    write,
    head,
    (f) =>
      '        ' +
      indent(
        JSON.stringify(
          {
            ruleId: f.rule,
            ruleIndex: RULE_IDS.indexOf(f.rule),
            level: f.severity === 'error' ? 'error' : 'warning',
            message: { text: withSuggestion(f) },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: where(f) }, region: { startLine: f.line, startColumn: f.column } },
                ...(f.url && f.selector ? { logicalLocations: [{ fullyQualifiedName: f.selector, kind: 'element' }] } : {}),
              },
            ],
          },
          null,
          2,
        ),
        '        ',
      ),
    () => '      ]\n    }\n  ]\n}\n',
  );
}

/** Workflow-command escaping: data escapes %, CR, LF; properties also : and ,. Other control characters are shown as escapes. */
function escapeData(s: string): string {
  return escapeControl(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function githubWriter(write: (s: string) => void): ReportWriter {
  const out = buffered(write);
  return {
    add(findings) {
      for (const f of findings) {
        const cmd = f.severity === 'error' ? 'error' : 'warning';
        const props = [`file=${escapeProperty(where(f))}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(`gbg-brand ${f.rule}`)}`];
        out.put(`::${cmd} ${props.join(',')}::${escapeData((f.url && !f.file && f.selector ? `${f.selector}: ` : '') + withSuggestion(f))}\n`);
      }
    },
    end(s) {
      out.put(`gbg-brand: ${s.files} files checked, ${s.errors} errors, ${s.warnings} warnings.\n`);
      out.flush();
    },
  };
}

export function createReportWriter(name: Format, write: (s: string) => void, version = '0.0.0'): ReportWriter {
  switch (name) {
    case 'json':
      return jsonWriter(write);
    case 'sarif':
      return sarifWriter(write, version);
    case 'github':
      return githubWriter(write);
    default:
      return textWriter(write);
  }
}

export function format(result: CheckResult, name: Format, version?: string): string {
  const parts: string[] = [];
  const w = createReportWriter(name, (s) => parts.push(s), version);
  w.add(result.findings);
  w.end(result.summary);
  return parts.join('');
}

export const formatText = (result: CheckResult): string => format(result, 'text');
export const formatJson = (result: CheckResult): string => format(result, 'json');
export const formatSarif = (result: CheckResult, version = '0.0.0'): string => format(result, 'sarif', version);
export const formatGithub = (result: CheckResult): string => format(result, 'github');

'use client';
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
  type ReactNode,
} from 'react';
import { DocumentIcon, ErrorIcon, SuccessIcon, UploadIcon } from '@goteborgsstad/icons';
import { useAnnounce } from '../../announce/index.js';
import { fileUploadStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { isEmptyLabel } from '../../form/useFormField.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import { useLocale, useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import { Field, type FieldComponentProps, type FieldLabelProps } from '../Field/Field.js';
import { ProgressBar } from '../ProgressBar/ProgressBar.js';
import { checkFiles, formatFileSize, type FileRejection } from './fileRules.js';
import * as styles from './FileUpload.css.js';

/** Where a file is in its upload. The app sets it; the component shows and announces it. */
export type FileUploadStatus = 'pending' | 'uploading' | 'done' | 'error';

/** One file in the list. The component creates them from chosen files; the app updates `status`. */
export interface FileUploadItem {
  /** Unique and stable: the list's key and how status changes are matched. */
  id: string;
  /** File name as shown ("bygglovsritning.pdf"). */
  name: string;
  /** Size in bytes. */
  size: number;
  /** MIME type, when known. */
  type?: string | undefined;
  /** The chosen file; missing for files the server already has. */
  file?: File | undefined;
  /** @default 'pending' */
  status?: FileUploadStatus | undefined;
  /** Percent uploaded (0–100) while `status` is `uploading`. */
  progress?: number | undefined;
  /** Why the upload failed, shown and announced when `status` is `error`: say what to do. */
  error?: string | undefined;
}

interface FileUploadOwnProps {
  /**
   * The file list, controlled. Update each item's `status`/`progress`/`error` as the upload goes;
   * changes are announced politely. Pair with `onFilesChange`.
   * @sv Fillistan, kontrollerad. Uppdatera varje fils status och förlopp; ändringar läses upp artigt. Används med `onFilesChange`.
   */
  files?: FileUploadItem[];
  /**
   * The first file list while uncontrolled (files the server already has).
   * @sv Första fillistan när komponenten sköter listan själv (filer som redan finns hos servern).
   * @default []
   */
  defaultFiles?: FileUploadItem[];
  /**
   * Called with the whole new list when files are added or removed.
   * @sv Anropas med hela den nya listan när filer läggs till eller tas bort.
   */
  onFilesChange?: (files: FileUploadItem[]) => void;
  /**
   * Called with only the files just added (after the checks): start their upload here.
   * @sv Anropas med bara de filer som just lades till (efter kontrollerna): starta uppladdningen här.
   */
  onFilesAdd?: (added: FileUploadItem[]) => void;
  /**
   * Called with the files the checks turned away, each with its reason and message.
   * @sv Anropas med filerna som stoppades av kontrollerna, med orsak och meddelande.
   */
  onReject?: (rejections: Array<FileRejection<File>>) => void;
  /**
   * Allowed types, as the `accept` attribute: `.pdf,.jpg`. Checked again after choosing and
   * dropping, because the picker can show every file and drops are not filtered. Prefer file
   * extensions: they read well in the message ("Tillåtna: PDF, JPG").
   * @sv Tillåtna filtyper som i attributet accept: `.pdf,.jpg`. Kontrolleras efter val och släpp. Använd filändelser.
   */
  accept?: string;
  /**
   * Words for the allowed types in the type error, when those derived from `accept` read badly
   * ("PDF eller bild").
   * @sv Ord för de tillåtna typerna i felmeddelandet, när orden från `accept` blir otydliga.
   */
  acceptDescription?: string;
  /**
   * Largest size of one file, in bytes (`10_000_000` is shown as "10 MB"). Say the limit in
   * `description` too.
   * @sv Största storlek per fil i byte (`10_000_000` visas som "10 MB"). Skriv gränsen i `description` också.
   */
  maxSize?: number;
  /**
   * Most files in the list (with `multiple`). Files over the limit are turned away by name.
   * @sv Högsta antal filer i listan (med `multiple`). Filer över gränsen stoppas med namn.
   */
  maxFiles?: number;
  /**
   * Lets people choose several files, added to the list. Without it a new choice replaces the file.
   * @sv Låter personen välja flera filer som läggs till i listan. Utan den ersätter ett nytt val filen.
   * @default false
   */
  multiple?: boolean;
  /**
   * Shows a drop zone around the button once the page's JavaScript runs. Dragging is an extra:
   * the button always works.
   * @sv Visar en släppyta runt knappen när sidans JavaScript har körts. Dra och släpp är ett tillägg: knappen fungerar alltid.
   * @default true
   */
  dropZone?: boolean;
  /**
   * Text of the button; "Välj fil"/"Välj filer" from the dictionary when left out.
   * @sv Knappens text; annars "Välj fil" eller "Välj filer" från ordlistan.
   */
  buttonLabel?: ReactNode;
}

export type FileUploadProps = FieldComponentProps<
  FileUploadOwnProps,
  'input',
  'children' | 'type' | 'value' | 'defaultValue'
>;

const statusOf = (item: FileUploadItem): FileUploadStatus => item.status ?? 'pending';
const clampPercent = (value: number | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(Math.min(100, Math.max(0, value))) : 0;

/**
 * A file field: a labelled native `<input type="file">` behind a visible "Välj fil" button,
 * an optional drop zone, checks of type, size and count before anything is uploaded (messages
 * name the file and the limit), and the list of chosen files with status and a remove button.
 *
 * Accessibility choice: the native input stays the control (keyboard, screen readers, a plain
 * form without JavaScript); the button is its `<label>`. Status changes are spoken politely via
 * the shared live region; removing a file moves focus to the next file, else to the button.
 *
 * `ref` goes to the `<input>`; `className` and `style` go to the outer wrapper.
 *
 * Usage rule: say the allowed types and the size limit in `description` before people choose;
 * upload in the background and show each file's status; never make dragging the only way.
 */
export const FileUpload = forwardRef<HTMLInputElement, FileUploadProps>(function FileUpload(props, ref) {
  const {
    files: filesProp,
    defaultFiles,
    onFilesChange,
    onFilesAdd,
    onReject,
    accept,
    acceptDescription,
    maxSize,
    maxFiles,
    multiple = false,
    dropZone = true,
    buttonLabel,
    ...others
  } = props;
  const [field, inputProps] = splitFieldProps(others);
  const { onChange: consumerOnChange, ...restInput } = inputProps;
  const strings = useSectionStrings(fileUploadStrings);
  const locale = useLocale();
  const speak = useAnnounce();
  const baseId = useSafeId(undefined, 'gbg-file');

  const [files, setFiles] = useControllableState<FileUploadItem[]>({
    value: filesProp,
    defaultValue: defaultFiles ?? [],
    onChange: onFilesChange,
  });
  const [rejections, setRejections] = useState<Array<FileRejection<File>>>([]);
  const [enhanced, setEnhanced] = useState(false);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const mergedRef = useMergedRefs(ref, inputRef);
  const listRef = useRef<HTMLUListElement>(null);
  const counter = useRef(0);
  const pendingFocus = useRef<number | null>(null);
  const seenStatus = useRef<Map<string, FileUploadStatus> | null>(null);
  const disabled = Boolean(field.disabled);

  if (process.env.NODE_ENV !== 'production') {
    if (filesProp !== undefined && !onFilesChange) {
      warnOnce('FileUpload', '`files` is set without `onFilesChange`, so chosen and removed files are lost. Pass `onFilesChange`, or use `defaultFiles`.');
    }
    if (maxFiles !== undefined && !multiple) {
      warnOnce('FileUpload', '`maxFiles` has no effect without `multiple` (one file at a time). Add `multiple` or remove `maxFiles`.');
    }
    if (maxSize !== undefined && !(typeof maxSize === 'number' && maxSize > 0)) {
      warnOnce('FileUpload', `\`maxSize\` must be a number of bytes above 0 (got ${JSON.stringify(maxSize)}); no size limit is checked.`);
    }
    const ids = files.map((item) => item?.id);
    if (ids.some((id) => typeof id !== 'string' || id === '') || new Set(ids).size !== ids.length) {
      warnOnce('FileUpload', 'every item in `files` needs a unique, non-empty `id` (it keys the list and matches status changes).');
    }
  }

  // Drag and drop needs JavaScript: offer it only once the component is live in the browser.
  useEffect(() => setEnhanced(true), []);

  // Keep the native input's files equal to the list, so a plain form submits what is shown
  // (removed files left out, earlier choices kept with `multiple`).
  useEffect(() => {
    const input = inputRef.current;
    if (!input || typeof DataTransfer === 'undefined') return;
    try {
      const transfer = new DataTransfer();
      for (const item of files) if (item.file) transfer.items.add(item.file);
      input.files = transfer.files;
    } catch {
      // Older browsers cannot set `files`; the list still shows the truth.
    }
  }, [files]);

  // Speak status changes the app made (uploading, done, failed) — not the first render.
  useEffect(() => {
    const before = seenStatus.current;
    seenStatus.current = new Map(files.map((item) => [item.id, statusOf(item)]));
    if (!before) return;
    const messages: string[] = [];
    for (const item of files) {
      const status = statusOf(item);
      const previous = before.get(item.id);
      if (previous === undefined || previous === status) continue;
      if (status === 'uploading') messages.push(strings.announceUploading(item.name));
      else if (status === 'done') messages.push(strings.announceDone(item.name));
      else if (status === 'error') messages.push(strings.announceFailed(item.name, item.error || strings.failed));
    }
    if (messages.length > 0) speak(messages.join(' '));
  }, [files, speak, strings]);

  // After a removal: focus the next file's remove button, or the input (the "Välj fil" button).
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    (buttons[index] ?? inputRef.current)?.focus();
  }, [files]);

  const addFiles = (chosen: File[]) => {
    if (disabled || chosen.length === 0) return;
    const result = checkFiles(
      chosen,
      {
        accept,
        maxSize,
        maxFiles: multiple ? maxFiles : 1,
        existingCount: multiple ? files.length : 0,
      },
      { locale, messages: strings, acceptDescription },
    );
    const added: FileUploadItem[] = result.accepted.map((file) => {
      counter.current += 1;
      return { id: `${baseId}-${counter.current}`, name: file.name, size: file.size, type: file.type, file, status: 'pending' };
    });
    setRejections(result.rejected);
    if (added.length > 0) {
      setFiles(multiple ? [...files, ...added] : added);
      onFilesAdd?.(added);
    }
    if (result.rejected.length > 0) onReject?.(result.rejected);
    const spoken = [
      added.length > 0 ? strings.added(added.length, added[0]!.name) : '',
      ...result.rejected.map((rejection) => rejection.message),
    ].filter(Boolean);
    if (spoken.length > 0) speak(spoken.join(' '));
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    consumerOnChange?.(event);
    addFiles(Array.from(event.currentTarget.files ?? []));
  };

  const removeAt = (index: number) => {
    const item = files[index];
    if (!item) return;
    pendingFocus.current = index;
    setRejections([]);
    setFiles(files.filter((_, at) => at !== index));
    speak(strings.removed(item.name));
  };

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };
  const dragLeave = (event: DragEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !event.currentTarget.contains(next)) setDragging(false);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  };

  // The field's error: the app's own message first, then one line per turned-away file. Each
  // check message is isolated (<bdi>): it starts with a Latin file name, and on a right-to-left
  // page its full stop would otherwise jump to the wrong end.
  const checkLines = rejections.map((rejection, index) => (
    <bdi key={index} className={styles.errorLine}>
      {rejection.message}
    </bdi>
  ));
  const appError = isEmptyLabel(field.error) ? [] : [<span key="app" className={styles.errorLine}>{field.error}</span>];
  const error = checkLines.length === 0 ? field.error : [...appError, ...checkLines];
  const showZone = dropZone && enhanced;

  return (
    <Field {...(field as FieldLabelProps)} error={error} componentName="FileUpload">
      {(wiring) => (
        <>
          <div
            className={styles.zone}
            data-drop-zone={showZone ? '' : undefined}
            data-dragging={showZone && dragging ? '' : undefined}
            data-invalid={wiring['aria-invalid']}
            onDragEnter={showZone ? dragOver : undefined}
            onDragOver={showZone ? dragOver : undefined}
            onDragLeave={showZone ? dragLeave : undefined}
            onDrop={showZone ? drop : undefined}
          >
            <input
              ref={mergedRef}
              type="file"
              accept={accept}
              multiple={multiple}
              {...restInput}
              {...wiring}
              onChange={handleChange}
              className={styles.input}
            />
            <label htmlFor={wiring.id} className={styles.button}>
              <UploadIcon className={styles.buttonIcon} />
              {buttonLabel ?? (multiple ? strings.chooseFiles : strings.chooseFile)}
            </label>
            {showZone && <span className={styles.hint}>{strings.dropHint}</span>}
          </div>
          {files.length > 0 && (
            <ul ref={listRef} className={styles.list} aria-label={strings.listLabel}>
              {files.map((item, index) => {
                const status = statusOf(item);
                const percent = clampPercent(item.progress);
                const Icon = status === 'done' ? SuccessIcon : status === 'error' ? ErrorIcon : DocumentIcon;
                const statusText =
                  status === 'uploading'
                    ? strings.uploading(percent)
                    : status === 'done'
                      ? strings.done
                      : status === 'error'
                        ? item.error || strings.failed
                        : strings.pending;
                return (
                  <li key={item.id} className={styles.item} data-status={status}>
                    <Icon className={styles.itemIcon} />
                    <div className={styles.itemBody}>
                      {/* bdi: a Latin file name keeps its order on a right-to-left page */}
                      <bdi className={styles.itemName}>{item.name}</bdi>
                      <span className={styles.itemMeta}>
                        <bdi>{formatFileSize(item.size, locale)}</bdi>
                        {' · '}
                        {statusText}
                      </span>
                      {status === 'uploading' && (
                        <ProgressBar
                          className={styles.itemProgress}
                          label={strings.progressLabel(item.name)}
                          value={percent}
                          hideLabel
                        />
                      )}
                    </div>
                    <button
                      type="button"
                      className={styles.remove}
                      data-remove=""
                      disabled={disabled}
                      onClick={() => removeAt(index)}
                    >
                      {strings.remove}{' '}
                      <span className={visuallyHidden}>{item.name}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </Field>
  );
});
FileUpload.displayName = 'FileUpload';

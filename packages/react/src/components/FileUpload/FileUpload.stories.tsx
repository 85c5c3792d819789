import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FileUpload, type FileUploadItem } from './FileUpload.js';
import type { DemoArgs } from '../../storybook/demo.js';
import { useDemoText } from '../../storybook/demo.js';

// Files the server already has (no `File` object), so the stories render the same on the server.
const filesSv: FileUploadItem[] = [
  { id: 'situationsplan', name: 'situationsplan.pdf', size: 1_240_000, status: 'done' },
  { id: 'fasadritning', name: 'fasadritning-norr.pdf', size: 4_800_000, status: 'uploading', progress: 45 },
  { id: 'foto', name: 'foto-tomten.jpg', size: 2_300_000, status: 'pending' },
];
const filesEn: FileUploadItem[] = [
  { id: 'situationsplan', name: 'site-plan.pdf', size: 1_240_000, status: 'done' },
  { id: 'fasadritning', name: 'north-elevation.pdf', size: 4_800_000, status: 'uploading', progress: 45 },
  { id: 'foto', name: 'plot-photo.jpg', size: 2_300_000, status: 'pending' },
];
const filesAr: FileUploadItem[] = [
  { id: 'situationsplan', name: 'مخطط-الموقع.pdf', size: 1_240_000, status: 'done' },
  { id: 'fasadritning', name: 'الواجهة-الشمالية.pdf', size: 4_800_000, status: 'uploading', progress: 45 },
  { id: 'foto', name: 'صورة-الأرض.jpg', size: 2_300_000, status: 'pending' },
];

const text = {
  label: { sv: 'Ritningar', en: 'Drawings', ar: 'المخططات' },
  description: {
    sv: 'PDF eller JPG, högst 10 MB per fil och högst 5 filer.',
    en: 'PDF or JPG, up to 10 MB per file and up to 5 files.',
    ar: 'PDF أو JPG، حتى 10 ميغابايت لكل ملف وحتى 5 ملفات.',
  },
};

const meta = {
  title: 'Komponenter/FileUpload',
  component: FileUpload,
  args: {
    label: text.label.sv,
    description: text.description.sv,
    name: 'ritningar',
    accept: '.pdf,.jpg',
    maxSize: 10_000_000,
    maxFiles: 5,
    multiple: true,
    onFilesChange: fn(),
  },
  parameters: {
    demoArgs: {
      en: { label: text.label.en, description: text.description.en },
      ar: { label: text.label.ar, description: text.description.ar },
    } satisfies DemoArgs<typeof FileUpload>,
  },
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty: the label, what is allowed, the "Välj filer" button and (with JavaScript) the drop zone. */
export const Standard: Story = {};

/** Chosen files with their status: uploaded, uploading with percent, waiting. */
export const WithFiles: Story = {
  args: { defaultFiles: filesSv },
  parameters: {
    // Photographed in all 8 modes too: the list with every status (no play function to run).
    visual: { play: true },
    demoArgs: {
      en: { label: text.label.en, description: text.description.en, defaultFiles: filesEn },
      ar: { label: text.label.ar, description: text.description.ar, defaultFiles: filesAr },
    } satisfies DemoArgs<typeof FileUpload>,
  },
};

/** One file being uploaded: the progress bar and the percent in words. */
export const Uploading: Story = {
  args: { defaultFiles: [{ id: 'foto', name: 'foto-tomten.jpg', size: 2_300_000, status: 'uploading', progress: 70 }] },
  parameters: {
    demoArgs: {
      en: { label: text.label.en, description: text.description.en, defaultFiles: [{ id: 'foto', name: 'plot-photo.jpg', size: 2_300_000, status: 'uploading', progress: 70 }] },
      ar: { label: text.label.ar, description: text.description.ar, defaultFiles: [{ id: 'foto', name: 'صورة-الأرض.jpg', size: 2_300_000, status: 'uploading', progress: 70 }] },
    } satisfies DemoArgs<typeof FileUpload>,
  },
};

/** A file that failed on the server, with the message the app gave, and a field error. */
export const Errors: Story = {
  args: {
    required: true,
    error: 'Ladda upp minst en ritning som visar fasaden.',
    defaultFiles: [
      { id: 'foto', name: 'foto-tomten.jpg', size: 2_300_000, status: 'error', error: 'Servern svarade inte. Ta bort filen och försök igen.' },
    ],
  },
  parameters: {
    demoArgs: {
      en: {
        label: text.label.en,
        description: text.description.en,
        error: 'Upload at least one drawing that shows the facade.',
        defaultFiles: [{ id: 'foto', name: 'plot-photo.jpg', size: 2_300_000, status: 'error', error: 'The server did not answer. Remove the file and try again.' }],
      },
      ar: {
        label: text.label.ar,
        description: text.description.ar,
        error: 'ارفع مخططًا واحدًا على الأقل يُظهر الواجهة.',
        defaultFiles: [{ id: 'foto', name: 'صورة-الأرض.jpg', size: 2_300_000, status: 'error', error: 'لم يستجب الخادم. احذف الملف وحاول مرة أخرى.' }],
      },
    } satisfies DemoArgs<typeof FileUpload>,
  },
};

/** Checks before upload: a wrong type and a too large file are turned away by name. */
export const Rejected: Story = {
  // Photographed after the play function: the field with two check errors.
  parameters: { visual: { play: true } },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!;
    const drawing = new File(['x'], 'bygglovsritning.dwg', { type: '' });
    const photo = new File([new Uint8Array(12_000_000)], 'foto.jpg', { type: 'image/jpeg' });
    // The picker can be switched to all files, so the checks must catch what `accept` did not.
    await userEvent.setup({ applyAccept: false }).upload(input, [drawing, photo]);
    await expect(input).toHaveAccessibleDescription(/bygglovsritning\.dwg har fel filtyp\. Tillåtna: PDF, JPG\./);
    await expect(input).toHaveAccessibleDescription(/foto\.jpg är 12 MB\. Största tillåtna storlek är 10 MB\./);
  },
};

/** One file only: a new choice replaces the file. */
export const SingleFile: Story = {
  args: {
    multiple: false,
    maxFiles: undefined,
    label: 'Fullmakt',
    description: 'PDF, högst 10 MB.',
    accept: '.pdf',
    defaultFiles: [{ id: 'fullmakt', name: 'fullmakt-signerad.pdf', size: 380_000, status: 'done' }],
  },
  parameters: {
    demoArgs: {
      en: { label: 'Power of attorney', description: 'PDF, up to 10 MB.', defaultFiles: [{ id: 'fullmakt', name: 'signed-power-of-attorney.pdf', size: 380_000, status: 'done' }] },
      ar: { label: 'التوكيل', description: 'PDF، حتى 10 ميغابايت.', defaultFiles: [{ id: 'fullmakt', name: 'توكيل-موقع.pdf', size: 380_000, status: 'done' }] },
    } satisfies DemoArgs<typeof FileUpload>,
  },
};

/** Without the drop zone: just the button (where space is short). */
export const WithoutDropZone: Story = { args: { dropZone: false } };

export const Disabled: Story = { args: { disabled: true, defaultFiles: filesSv.slice(0, 1) } };

/** Keyboard focus on the input: the ring is drawn around the "Välj filer" button. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(canvasElement.querySelector('input[type="file"]')).toHaveFocus();
  },
};

/**
 * The whole round trip: choose files and watch them upload (simulated here: the app updates
 * each file's `status` and `progress`; the component shows and announces the changes).
 */
export const SimulatedUpload: Story = {
  render: function Render(args) {
    const [files, setFiles] = useState<FileUploadItem[]>([]);
    const timers = useRef<Array<ReturnType<typeof setInterval>>>([]);
    useEffect(() => () => timers.current.forEach(clearInterval), []);
    const start = (added: FileUploadItem[]) => {
      for (const item of added) {
        let progress = 0;
        const timer = setInterval(() => {
          progress += 20;
          setFiles((current) =>
            current.map((file) =>
              file.id !== item.id ? file : progress >= 100 ? { ...file, status: 'done', progress: 100 } : { ...file, status: 'uploading', progress },
            ),
          );
          if (progress >= 100) clearInterval(timer);
        }, 400);
        timers.current.push(timer);
      }
    };
    return <FileUpload {...args} files={files} onFilesChange={setFiles} onFilesAdd={start} />;
  },
};

/** English locale: built-in strings and demo content in English. */
// Only WithFiles itself joins the 8-mode screenshots (they cover English and right to left already).
const notPhotographed = { ...WithFiles.parameters, visual: { play: false } };

export const English: Story = { ...WithFiles, parameters: notPhotographed, globals: { locale: 'en' } };

/** Right to left with Arabic content (built-in strings in English); Latin names keep their order. */
export const RightToLeft: Story = { ...WithFiles, parameters: notPhotographed, globals: { dir: 'rtl', locale: 'en' } };

/** Dark theme with files and an error. */
export const Dark: Story = { ...Errors, globals: { theme: 'dark' } };

/** Plain-text demo of the strings a team passes in its own words (button text). */
export const CustomButtonText: Story = {
  render: function Render(args) {
    const t = useDemoText();
    return <FileUpload {...args} buttonLabel={t({ sv: 'Bifoga ritningar', en: 'Attach drawings', ar: 'إرفاق المخططات' })} />;
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Bifoga ritningar|Attach drawings|إرفاق المخططات/)).toBeVisible();
  },
};

import { composeStories } from '@storybook/react-vite';
import preview from '../../../../../.storybook/preview.js';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS, REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { FileUpload, type FileUploadItem } from './FileUpload.js';
import * as stories from './FileUpload.stories.js';

const { Standard, WithFiles, Errors, Disabled, WithoutDropZone, English } = composeStories(stories, preview);
const warnings = captureWarnings();
/** The stories' shared args, for tests that pass their own spies. */
const base = { ...stories.default.args, onFilesChange: undefined };

const politeRegion = () => document.querySelector(`[${REGION_ATTRIBUTE}="polite"]`);
/** What the shared polite region says once its short delay has passed. */
async function spoken() {
  await act(() => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 10)));
  return politeRegion()?.textContent ?? '';
}

const fileInput = () => screen.getByLabelText(/Ritningar|Drawings/, { selector: 'input' }) as HTMLInputElement;
const pdf = (name: string, size = 1000) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

afterEach(() => {
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

describe('FileUpload', () => {
  it('is a native file input named by its label and the visible button, described by the help text', () => {
    render(<Standard />);
    const input = fileInput();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.pdf,.jpg');
    expect(input).toHaveAttribute('name', 'ritningar');
    expect(input).toHaveAttribute('multiple');
    expect(input).toHaveAccessibleName('Ritningar Välj filer');
    expect(input).toHaveAccessibleDescription('PDF eller JPG, högst 10 MB per fil och högst 5 filer.');
    // The visible button is a <label> of the input: clicking it opens the picker without JavaScript.
    const button = screen.getByText('Välj filer').closest('label');
    expect(button).toHaveAttribute('for', input.id);
  });

  it('offers the drop zone only once JavaScript runs, and not when dropZone is false', () => {
    const { container, unmount } = render(<Standard />);
    expect(screen.getByText('eller dra och släpp här')).toBeInTheDocument();
    expect(container.querySelector('[data-drop-zone]')).not.toBeNull();
    unmount();
    render(<WithoutDropZone />);
    expect(screen.queryByText('eller dra och släpp här')).toBeNull();
  });

  it('lists chosen files with name, size and status, and announces them politely', async () => {
    const user = userEvent.setup();
    const onFilesChange = vi.fn();
    const onFilesAdd = vi.fn();
    render(<FileUpload {...base} onFilesChange={onFilesChange} onFilesAdd={onFilesAdd} />);
    await user.upload(fileInput(), [pdf('situationsplan.pdf', 1_240_000), pdf('fasad.pdf', 850_000)]);
    const list = screen.getByRole('list', { name: 'Valda filer' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('situationsplan.pdf');
    expect(items[0]).toHaveTextContent('1,2 MB · Väntar på uppladdning');
    expect(items[1]).toHaveTextContent('850 kB');
    expect(onFilesAdd).toHaveBeenCalledWith([
      expect.objectContaining({ name: 'situationsplan.pdf', size: 1_240_000, status: 'pending', file: expect.any(File) }),
      expect.objectContaining({ name: 'fasad.pdf', status: 'pending' }),
    ]);
    expect(onFilesChange).toHaveBeenLastCalledWith(expect.arrayContaining([expect.objectContaining({ name: 'fasad.pdf' })]));
    expect(await spoken()).toBe('2 filer är valda');
  });

  it('adds to the list with multiple, and replaces the file without it', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Standard />);
    await user.upload(fileInput(), pdf('a.pdf'));
    await user.upload(fileInput(), pdf('b.pdf'));
    expect(screen.getAllByRole('listitem').map((item) => item.querySelector('bdi')?.textContent)).toEqual(['a.pdf', 'b.pdf']);
    unmount();
    render(<FileUpload label="Fullmakt" accept=".pdf" />);
    const single = screen.getByLabelText(/Fullmakt/, { selector: 'input' });
    await user.upload(single, pdf('gammal.pdf'));
    await user.upload(single, pdf('ny.pdf'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('listitem')).toHaveTextContent('ny.pdf');
  });

  it('turns away a wrong type by name and lists the allowed types', async () => {
    // applyAccept off: the picker's own filter can be switched to "all files", and drops are not filtered.
    const user = userEvent.setup({ applyAccept: false });
    const onReject = vi.fn();
    render(<Standard onReject={onReject} />);
    const input = fileInput();
    await user.upload(input, new File(['x'], 'bygglovsritning.dwg', { type: '' }));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('bygglovsritning.dwg har fel filtyp. Tillåtna: PDF, JPG.'));
    expect(screen.queryByRole('list')).toBeNull();
    expect(onReject).toHaveBeenCalledWith([expect.objectContaining({ reason: 'type' })]);
    expect(await spoken()).toBe('bygglovsritning.dwg har fel filtyp. Tillåtna: PDF, JPG.');
  });

  it('turns away a file over maxSize, naming its size and the limit', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    const input = fileInput();
    await user.upload(input, [pdf('ok.pdf'), new File([new Uint8Array(12_000_000)], 'foto.jpg', { type: 'image/jpeg' })]);
    expect(input).toHaveAccessibleDescription(expect.stringContaining('foto.jpg är 12 MB. Största tillåtna storlek är 10 MB.'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(await spoken()).toBe('ok.pdf är vald foto.jpg är 12 MB. Största tillåtna storlek är 10 MB.');
  });

  it('turns away files over maxFiles by name, counting the files already listed', async () => {
    const user = userEvent.setup();
    render(<Standard maxFiles={2} defaultFiles={[{ id: 'x', name: 'finns.pdf', size: 10, status: 'done' }]} />);
    const input = fileInput();
    await user.upload(input, [pdf('ett.pdf'), pdf('tva.pdf')]);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(input).toHaveAccessibleDescription(expect.stringContaining('tva.pdf kom inte med. Du kan välja högst 2 filer.'));
  });

  it('clears the check errors on the next choice and keeps the app error', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<Standard error="Ladda upp minst en ritning." />);
    const input = fileInput();
    await user.upload(input, new File(['x'], 'ritning.dwg'));
    expect(input).toHaveAccessibleDescription(/Ladda upp minst en ritning\..*ritning\.dwg har fel filtyp/);
    await user.upload(input, pdf('ritning.pdf'));
    expect(input).toHaveAccessibleDescription(/Ladda upp minst en ritning\./);
    expect(input).not.toHaveAccessibleDescription(/fel filtyp/);
  });

  it('removes a file with "Ta bort <name>", moves focus to the next file, then to the input, and announces it', async () => {
    const user = userEvent.setup();
    render(<WithFiles />);
    await user.click(screen.getByRole('button', { name: 'Ta bort situationsplan.pdf' }));
    expect(screen.queryByText('situationsplan.pdf')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort fasadritning-norr.pdf' })).toHaveFocus();
    expect(await spoken()).toBe('situationsplan.pdf är borttagen');
    // Keyboard: Enter on the focused remove button; the last file's removal leaves focus on the input.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Ta bort foto-tomten.jpg' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.queryByRole('list')).toBeNull();
    expect(fileInput()).toHaveFocus();
  });

  it('shows per-file status: percent and a progress bar while uploading, done, the app error', () => {
    render(<WithFiles />);
    const progress = screen.getByRole('progressbar', { name: 'Uppladdning av fasadritning-norr.pdf' });
    expect(progress).toHaveAttribute('aria-valuenow', '45');
    expect(screen.getByText(/Laddar upp 45 %/)).toBeInTheDocument();
    expect(screen.getByText(/Uppladdad/)).toBeInTheDocument();
    render(<Errors />);
    expect(screen.getByText(/Servern svarade inte\. Ta bort filen och försök igen\./)).toBeInTheDocument();
  });

  it('announces status changes the app makes, politely, and not on the first render', async () => {
    function Harness() {
      const [files, setFiles] = useState<FileUploadItem[]>([{ id: 'a', name: 'plan.pdf', size: 100, status: 'pending' }]);
      const set = (patch: Partial<FileUploadItem>) => setFiles((current) => current.map((file) => ({ ...file, ...patch })));
      return (
        <>
          <FileUpload label="Ritningar" files={files} onFilesChange={setFiles} />
          <button type="button" onClick={() => set({ status: 'uploading', progress: 10 })}>start</button>
          <button type="button" onClick={() => set({ progress: 60 })}>more</button>
          <button type="button" onClick={() => set({ status: 'done' })}>finish</button>
          <button type="button" onClick={() => set({ status: 'error', error: 'Filen är skadad.' })}>fail</button>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Harness />);
    expect(await spoken()).toBe('');
    await user.click(screen.getByRole('button', { name: 'start' }));
    expect(await spoken()).toBe('Laddar upp plan.pdf');
    politeRegion()!.textContent = '';
    await user.click(screen.getByRole('button', { name: 'more' }));
    // Progress alone is not spoken (it would talk over everything); the bar carries it.
    expect(await spoken()).toBe('');
    await user.click(screen.getByRole('button', { name: 'finish' }));
    expect(await spoken()).toBe('plan.pdf är uppladdad');
    await user.click(screen.getByRole('button', { name: 'fail' }));
    expect(await spoken()).toBe('plan.pdf: Filen är skadad.');
  });

  it('is controlled: the list is what `files` says', async () => {
    const user = userEvent.setup();
    const onFilesChange = vi.fn();
    render(<FileUpload label="Ritningar" files={[]} onFilesChange={onFilesChange} />);
    await user.upload(fileInput(), pdf('a.pdf'));
    expect(onFilesChange).toHaveBeenCalledWith([expect.objectContaining({ name: 'a.pdf' })]);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('does nothing when disabled: input and remove buttons are disabled', async () => {
    const user = userEvent.setup();
    const onFilesChange = vi.fn();
    render(<FileUpload {...base} {...Disabled.args} onFilesChange={onFilesChange} />);
    expect(fileInput()).toBeDisabled();
    const remove = screen.getByRole('button', { name: /^Ta bort/ });
    expect(remove).toBeDisabled();
    await user.click(remove);
    expect(onFilesChange).not.toHaveBeenCalled();
  });

  it('speaks English under an English provider, with sizes formatted in English', async () => {
    const user = userEvent.setup();
    render(<English />);
    expect(screen.getByText('Choose files')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Chosen files' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove site-plan.pdf' })).toBeInTheDocument();
    await user.upload(fileInput(), new File([new Uint8Array(12_500_000)], 'photo.jpg', { type: 'image/jpeg' }));
    expect(fileInput()).toHaveAccessibleDescription(expect.stringContaining('photo.jpg is 12.5 MB. The largest size allowed is 10 MB.'));
  });

  it('forwards the ref to the input and passes className and style to the wrapper', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<FileUpload ref={ref} label="Bilaga" className="mine" style={{ marginBlock: 8 }} />);
    expect(ref.current).toBe(screen.getByLabelText(/Bilaga/, { selector: 'input' }));
    expect(container.firstElementChild).toHaveClass('mine', 'gbg-field');
    expect(container.firstElementChild).toHaveStyle({ marginBlock: '8px' });
  });

  it('calls the consumer onChange too', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <GbgProvider>
        <FileUpload label="Bilaga" onChange={onChange} />
      </GbgProvider>,
    );
    await user.upload(screen.getByLabelText(/Bilaga/, { selector: 'input' }), pdf('a.pdf'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('listitem')).toHaveTextContent('a.pdf');
  });

  describe('bad input', () => {
    it('warns about `files` without `onFilesChange`', () => {
      render(<FileUpload label="Bilaga" files={[]} />);
      expect(warnings.messages()).toContainEqual(expect.stringMatching(/^\[gbg\] FileUpload: `files` is set without `onFilesChange`/));
    });

    it('warns about `maxFiles` without `multiple`', () => {
      render(<FileUpload label="Bilaga" maxFiles={3} />);
      expect(warnings.messages()).toContainEqual(expect.stringMatching(/FileUpload: `maxFiles` has no effect without `multiple`/));
    });

    it('warns about a bad maxSize and checks no size', async () => {
      const user = userEvent.setup();
      render(<FileUpload label="Bilaga" maxSize={-5} />);
      expect(warnings.messages()).toContainEqual(expect.stringMatching(/FileUpload: `maxSize` must be a number of bytes above 0/));
      await user.upload(screen.getByLabelText(/Bilaga/, { selector: 'input' }), pdf('stor.pdf', 50_000));
      expect(screen.getByRole('listitem')).toHaveTextContent('stor.pdf');
    });

    it('warns about duplicate ids without crashing', () => {
      const same = { id: 'a', name: 'a.pdf', size: 1 };
      render(<FileUpload label="Bilaga" defaultFiles={[same, { ...same, name: 'b.pdf' }]} />);
      expect(warnings.messages()).toContainEqual(expect.stringMatching(/FileUpload: every item in `files` needs a unique/));
    });

    it('warns about a missing label', () => {
      render(<FileUpload label="" />);
      expect(warnings.messages()).toContainEqual(expect.stringMatching(/\[gbg\] FileUpload: add a `label`/));
    });
  });
});

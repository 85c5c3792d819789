// What jsdom cannot show, in real Chromium (vitest project `browser`): drag and drop with a real
// DataTransfer, the native input's `files` kept equal to the list (so a plain form submits what
// is shown), and the focus ring drawn on the "Välj fil" button when Tab reaches the hidden input.
// @ts-ignore -- a CSS side-effect import (Vite loads it; the package ships no types for it)
import '@goteborgsstad/tokens/tokens.css';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { GbgProvider } from '../../provider/index.js';
import { FileUpload } from './FileUpload.js';

let root: Root | undefined;
let host: HTMLElement | undefined;

async function mount(node: ReactNode): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(<GbgProvider>{node}</GbgProvider>));
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = undefined;
});

/** Fires a drag event the way the browser does when files are dragged over an element. */
async function drag(type: 'dragenter' | 'dragover' | 'dragleave' | 'drop', target: Element, transfer: DataTransfer) {
  const event = new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true });
  await act(async () => {
    target.dispatchEvent(event);
  });
  return event;
}

function transferOf(...files: File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
}

const pdf = (name: string, size = 2000) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

describe('FileUpload in Chromium', () => {
  it('takes dropped files through a real DataTransfer, checks them and lists the accepted ones', async () => {
    const onFilesAdd = vi.fn();
    const container = await mount(
      <FileUpload label="Ritningar" accept=".pdf" maxSize={1_000_000} multiple onFilesAdd={onFilesAdd} />,
    );
    const zone = container.querySelector<HTMLElement>('[data-drop-zone]')!;
    expect(zone).not.toBeNull();
    const transfer = transferOf(pdf('situationsplan.pdf'), new File(['x'], 'ritning.dwg'), pdf('stor.pdf', 2_000_000));

    await drag('dragenter', zone, transfer);
    const over = await drag('dragover', zone, transfer);
    // preventDefault on dragover is what lets the browser drop here instead of opening the file.
    expect(over.defaultPrevented).toBe(true);
    expect(zone).toHaveAttribute('data-dragging');

    const dropped = await drag('drop', zone, transfer);
    expect(dropped.defaultPrevented).toBe(true);
    expect(zone).not.toHaveAttribute('data-dragging');
    const items = Array.from(container.querySelectorAll('li'));
    expect(items.map((item) => item.querySelector('bdi')?.textContent)).toEqual(['situationsplan.pdf']);
    expect(onFilesAdd).toHaveBeenCalledWith([expect.objectContaining({ name: 'situationsplan.pdf', file: expect.any(File) })]);

    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const description = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(description).toContain('ritning.dwg har fel filtyp. Tillåtna: PDF.');
    expect(description).toMatch(/stor\.pdf är 2 MB\. Största tillåtna storlek är 1 MB\./);
  });

  it('leaves the drag state when the drag leaves the zone, and ignores drags of text', async () => {
    const container = await mount(<FileUpload label="Ritningar" />);
    const zone = container.querySelector<HTMLElement>('[data-drop-zone]')!;
    const files = transferOf(pdf('a.pdf'));
    await drag('dragover', zone, files);
    expect(zone).toHaveAttribute('data-dragging');
    await drag('dragleave', zone, files);
    expect(zone).not.toHaveAttribute('data-dragging');

    const text = new DataTransfer();
    text.setData('text/plain', 'bara text');
    const over = await drag('dragover', zone, text);
    expect(over.defaultPrevented).toBe(false);
    expect(zone).not.toHaveAttribute('data-dragging');
  });

  it('keeps the native input’s files equal to the list, so a plain form submits what is shown', async () => {
    const container = await mount(
      <form>
        <FileUpload label="Ritningar" name="ritningar" multiple />
      </form>,
    );
    const zone = container.querySelector<HTMLElement>('[data-drop-zone]')!;
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await drag('drop', zone, transferOf(pdf('a.pdf'), pdf('b.pdf')));
    expect(Array.from(input.files ?? []).map((file) => file.name)).toEqual(['a.pdf', 'b.pdf']);

    await act(async () => container.querySelector<HTMLButtonElement>('button[data-remove]')!.click());
    expect(Array.from(input.files ?? []).map((file) => file.name)).toEqual(['b.pdf']);
    const form = new FormData(container.querySelector('form')!);
    expect((form.getAll('ritningar') as File[]).map((file) => file.name)).toEqual(['b.pdf']);
  });

  it('does not take drops while disabled', async () => {
    const container = await mount(<FileUpload label="Ritningar" disabled />);
    const zone = container.querySelector<HTMLElement>('[data-drop-zone]')!;
    const dropped = await drag('drop', zone, transferOf(pdf('a.pdf')));
    expect(dropped.defaultPrevented).toBe(false);
    expect(container.querySelector('li')).toBeNull();
  });

  it('draws the focus ring on the "Välj fil" button when Tab reaches the hidden input', async () => {
    const container = await mount(
      <>
        <button type="button">Före</button>
        <FileUpload label="Ritningar" />
      </>,
    );
    container.querySelector('button')!.focus();
    await userEvent.tab();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(document.activeElement).toBe(input);
    const button = container.querySelector('label[for]:not(.gbg-field-label)')!;
    expect(button.textContent).toBe('Välj fil');
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThan(0);
  });
});

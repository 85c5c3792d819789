import { createRef, useRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from './useControllableState.js';
import { useMergedRefs } from './useMergedRefs.js';
import { toSafeId, useSafeId } from './useSafeId.js';

describe('useControllableState', () => {
  it('keeps its own state from defaultValue when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: 1, onChange }));
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
    expect(onChange).toHaveBeenLastCalledWith(2);
    act(() => result.current[1]((current) => current + 10));
    expect(result.current[0]).toBe(12);
    expect(onChange).toHaveBeenLastCalledWith(12);
  });

  it('follows value when controlled and only reports the wish to change', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }: { value: string }) => useControllableState({ value, defaultValue: 'a', onChange }),
      { initialProps: { value: 'x' } },
    );
    expect(result.current[0]).toBe('x');
    act(() => result.current[1]((current) => `${current}!`));
    expect(onChange).toHaveBeenLastCalledWith('x!');
    expect(result.current[0]).toBe('x');
    rerender({ value: 'y' });
    expect(result.current[0]).toBe('y');
  });

  it('keeps setValue stable between renders', () => {
    const { result, rerender } = renderHook(() => useControllableState({ value: undefined, defaultValue: 0 }));
    const first = result.current[1];
    rerender();
    expect(result.current[1]).toBe(first);
  });

  it('drives a component both ways', async () => {
    function Toggle({ on, onChange }: { on?: boolean; onChange?: (on: boolean) => void }) {
      const [value, setValue] = useControllableState({ value: on, defaultValue: false, onChange });
      return <button onClick={() => setValue((current) => !current)}>{value ? 'på' : 'av'}</button>;
    }
    function Parent() {
      const [on, setOn] = useState(true);
      return <Toggle on={on} onChange={setOn} />;
    }
    const user = userEvent.setup();
    render(
      <>
        <Toggle />
        <Parent />
      </>,
    );
    const [own, controlled] = screen.getAllByRole('button');
    await user.click(own!);
    expect(own).toHaveTextContent('på');
    await user.click(controlled!);
    expect(controlled).toHaveTextContent('av');
  });
});

describe('useMergedRefs', () => {
  it('sets object refs and calls callback refs with the node, and with null on unmount', () => {
    const objectRef = createRef<HTMLInputElement>();
    const callback = vi.fn();
    let own: { current: HTMLInputElement | null } = { current: null };
    function Input() {
      const inner = useRef<HTMLInputElement>(null);
      own = inner;
      return <input ref={useMergedRefs(objectRef, callback, inner, undefined)} />;
    }
    const { unmount } = render(<Input />);
    const input = screen.getByRole('textbox');
    expect(objectRef.current).toBe(input);
    expect(own.current).toBe(input);
    expect(callback).toHaveBeenLastCalledWith(input);
    unmount();
    expect(objectRef.current).toBeNull();
    expect(callback).toHaveBeenLastCalledWith(null);
  });
});

describe('useSafeId', () => {
  it('keeps a given id', () => {
    const { result } = renderHook(() => useSafeId('epost', 'gbg-field'));
    expect(result.current).toBe('epost');
  });

  it('makes a prefixed id without characters that break #id selectors', () => {
    const { result } = renderHook(() => useSafeId(undefined, 'gbg-field'));
    expect(result.current).toMatch(/^gbg-field-[A-Za-z0-9_-]+$/);
    expect(document.querySelector(`#${result.current}`)).toBeNull(); // a valid selector: no throw
  });

  it('gives each caller its own id, the same on the server as on the client', () => {
    function Ids() {
      const a = useSafeId(undefined, 'x');
      const b = useSafeId();
      return <p>{`${a} ${b}`}</p>;
    }
    const html = renderToString(<Ids />);
    const [a, b] = /<p>(.*)<\/p>/.exec(html)![1]!.split(' ');
    expect(a).not.toBe(b);
    expect(b).toMatch(/^gbg-/);
  });

  it('toSafeId strips what React adds', () => {
    expect(toSafeId(':r1:')).toBe('r1');
    expect(toSafeId('«R2»')).toBe('R2');
  });
});

'use client';
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { tabs, tabsList, tabsPanel, tabsTab } from './Tabs.css.js';

/** One tab and its panel. */
export interface TabsItem {
  /**
   * The tab's value, unique within the tabs; `value`/`defaultValue`/`onChange` speak in it.
   * @sv Flikens värde, unikt bland flikarna; `value`, `defaultValue` och `onChange` använder det.
   */
  value: string;
  /**
   * The tab's text: one or two words.
   * @sv Flikens text: ett eller två ord.
   */
  label: ReactNode;
  /**
   * The panel shown while the tab is selected.
   * @sv Panelen som visas när fliken är vald.
   */
  content: ReactNode;
  /**
   * The tab cannot be selected; arrow keys skip it. Prefer leaving the tab out.
   * @default false
   * @sv Fliken kan inte väljas; piltangenterna hoppar över den. Ta hellre bort fliken.
   */
  disabled?: boolean;
}

export interface TabsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange' | 'defaultValue'> {
  /**
   * The tabs in order. Two to about six; more belong in a side navigation or separate pages.
   * @sv Flikarna i ordning. Två till ungefär sex; fler hör hemma i en sidonavigering.
   */
  items: ReadonlyArray<TabsItem>;
  /**
   * The name of the tab list for screen readers, e.g. "Om förskolan".
   * @sv Namnet på fliklistan för skärmläsare, till exempel "Om förskolan".
   */
  label: string;
  /**
   * The selected tab (controlled); pair it with `onChange`.
   * @sv Vald flik (kontrollerad); använd tillsammans med `onChange`.
   */
  value?: string;
  /**
   * The tab selected first (uncontrolled).
   * @default the first enabled tab
   * @sv Fliken som är vald från början (okontrollerad). Standard: första valbara fliken.
   */
  defaultValue?: string;
  /**
   * Called with the value of the newly selected tab.
   * @sv Anropas med värdet för den nyss valda fliken.
   */
  onChange?: (value: string) => void;
  /**
   * `automatic`: arrow keys select the tab they move to (panels that show at once).
   * `manual`: arrow keys move focus, Enter or Space selects (panels that are slow to show).
   * @default "automatic"
   * @sv `automatic`: piltangenterna väljer fliken de flyttar till. `manual`: pilarna flyttar
   * fokus, Enter eller Mellanslag väljer (för paneler som tar tid att visa).
   */
  activation?: 'automatic' | 'manual';
}

/** Buttons, links and form controls inside a panel: then the panel itself needs no tab stop. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"], summary, iframe, audio[controls], video[controls]';

/**
 * Tabs ("flikar"): views of related content in the same place on one page, one shown at a
 * time (the WAI-ARIA tabs pattern). Use them when readers need only one view at a time and the
 * views are of equal rank; not for steps in a flow, not for content readers must compare, and
 * not for navigation between pages (use TabNav).
 */
export const Tabs = forwardRef<HTMLDivElement, TabsProps>(function Tabs(
  { items, label, value, defaultValue, onChange, activation = 'automatic', id, className, ...rest },
  ref,
) {
  const list = Array.isArray(items) ? items : [];
  const firstEnabled = list.find((item) => !item.disabled)?.value ?? '';
  const [selectedRaw, setSelected] = useControllableState<string>({
    value,
    defaultValue: defaultValue ?? firstEnabled,
    onChange,
  });
  const baseId = useSafeId(id, 'gbg-tabs');
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const panelRefs = useRef<Array<HTMLDivElement | null>>([]);
  // Panels start as tab stops (server and first client render agree); after mount a panel
  // that holds something focusable drops its own stop, as the APG pattern asks.
  const [panelHasFocusable, setPanelHasFocusable] = useState<boolean[]>([]);

  const known = list.some((item) => item.value === selectedRaw && !item.disabled);
  const selected = known ? selectedRaw : firstEnabled;

  if (process.env.NODE_ENV !== 'production') {
    if (list.length === 0) {
      warnOnce('Tabs', 'items is empty, so nothing is rendered. Pass the tabs: items={[{ value: "oppettider", label: "Öppettider", content: … }, …]}.');
    } else {
      const values = list.map((item) => item.value);
      const duplicate = values.find((v, i) => values.indexOf(v) !== i);
      if (duplicate !== undefined) warnOnce('Tabs', `two tabs have the value "${duplicate}". Give each tab a unique value.`);
      if (!known && selectedRaw !== '') {
        warnOnce('Tabs', `no enabled tab has the value "${selectedRaw}", so the first enabled tab is shown. Pass the value of one of the items.`);
      }
    }
    if (typeof label !== 'string' || label.trim() === '') {
      warnOnce('Tabs', 'the tab list has no name. Pass label="…" naming what the tabs are about, e.g. label="Om förskolan".');
    }
  }

  const contentKey = list.map((item) => item.value).join('\u0000');
  useEffect(() => {
    setPanelHasFocusable(panelRefs.current.map((panel) => Boolean(panel?.querySelector(FOCUSABLE))));
    // Re-check when the tabs or the shown panel change.
  }, [contentKey, selected]);

  if (list.length === 0) return null;

  const tabId = (index: number) => `${baseId}-tab-${index}`;
  const panelId = (index: number) => `${baseId}-panel-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const enabled = list.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0);
    const position = enabled.indexOf(index);
    if (position < 0) return;
    // Arrows follow the reading direction: in right-to-left text the right arrow goes back.
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    let target: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        target = enabled[(position + (rtl ? -1 : 1) + enabled.length) % enabled.length];
        break;
      case 'ArrowLeft':
        target = enabled[(position + (rtl ? 1 : -1) + enabled.length) % enabled.length];
        break;
      case 'Home':
        target = enabled[0];
        break;
      case 'End':
        target = enabled[enabled.length - 1];
        break;
      default:
        return;
    }
    if (target === undefined) return;
    event.preventDefault();
    tabRefs.current[target]?.focus();
    if (activation !== 'manual') setSelected(list[target]!.value);
  };

  return (
    <div ref={ref} id={id} className={cx(tabs, className)} {...rest}>
      <div role="tablist" aria-label={label} aria-orientation="horizontal" className={tabsList}>
        {list.map((item, index) => {
          const isSelected = item.value === selected;
          return (
            <button
              key={`${index}-${item.value}`}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={tabId(index)}
              aria-selected={isSelected}
              aria-controls={panelId(index)}
              tabIndex={isSelected ? 0 : -1}
              disabled={item.disabled}
              className={tabsTab}
              onClick={() => setSelected(item.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {list.map((item, index) => {
        const isSelected = item.value === selected;
        return (
          <div
            key={`${index}-${item.value}`}
            ref={(element) => {
              panelRefs.current[index] = element;
            }}
            role="tabpanel"
            id={panelId(index)}
            aria-labelledby={tabId(index)}
            tabIndex={panelHasFocusable[index] ? undefined : 0}
            hidden={!isSelected}
            className={tabsPanel}
          >
            {item.content}
          </div>
        );
      })}
    </div>
  );
});
Tabs.displayName = 'Tabs';

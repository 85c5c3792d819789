// The page both form patterns share (Mönster/Felhantering i formulär, Mönster/Formulär): one
// h1, an optional lead, an ErrorSummary that takes focus after a failed submit, a status line
// after a good one, and a form that validates on submit. Each pattern brings only its fields,
// its texts and its validation.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button/Button.js';
import { Container } from '../../components/Container/Container.js';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary/ErrorSummary.js';
import { Heading } from '../../components/Heading/Heading.js';
import { Stack } from '../../components/Stack/Stack.js';
import { Text } from '../../components/Text/Text.js';

/** Message per field id, in the order the fields come in the form. */
export type FormErrors = Partial<Record<string, string>>;

export interface ValidatedFormProps {
  /** The page's level-1 heading. */
  title: string;
  /** Lead paragraph under the heading. */
  lead?: ReactNode;
  /** Shown between the lead and the error summary (a help-text switch, say). */
  intro?: ReactNode;
  /** Accessible name of the form. */
  formLabel?: string;
  /** Text of the submit button. */
  submitLabel: string;
  /** Status text after a submit without errors. */
  sentMessage: string;
  /** Server-style validation of the submitted data. */
  validate: (data: FormData) => FormErrors;
  /** The fields, given the current errors. */
  children: (errors: FormErrors) => ReactNode;
}

/** Validation on submit only (`noValidate`: no browser bubbles), summary first, then the fields. */
export function ValidatedForm({ title, lead, intro, formLabel, submitLabel, sentMessage, validate, children }: ValidatedFormProps) {
  const [errors, setErrors] = useState<FormErrors>({});
  const [sent, setSent] = useState(false);
  const summary = useRef<HTMLElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = validate(new FormData(event.currentTarget));
    const failed = Object.keys(next).length > 0;
    setErrors(next);
    setSent(!failed);
    // A second failed submit: the summary is already shown, so move focus to it again.
    if (failed) summary.current?.focus();
  };

  const list: ErrorSummaryItem[] = Object.entries(errors).map(([id, message]) => ({ id, message: message ?? '' }));

  return (
    // The same content width as the page frame's header and footer; the column stays narrow.
    <Container as="main" style={{ paddingBlock: 'var(--gbg-space-8)' }}>
      <Stack gap="6" style={{ maxInlineSize: 'var(--gbg-size-container-narrow)' }}>
        <Heading level={1}>{title}</Heading>
        {lead && <Text variant="lead">{lead}</Text>}
        {intro}
        <ErrorSummary ref={summary} errors={list} />
        {sent && <Text role="status">{sentMessage}</Text>}
        <form noValidate onSubmit={handleSubmit} aria-label={formLabel}>
          <Stack gap="8" align="stretch">
            {children(errors)}
            <div>
              <Button type="submit">{submitLabel}</Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}

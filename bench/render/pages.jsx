// The two pages the render benchmark compares: a form built from the design system (the built
// library, dist/) and the same form in plain HTML elements styled by plain.css.
import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Radio,
  RadioGroup,
  Select,
  TextField,
} from '../../packages/react/dist/index.js';

const districts = [
  { value: 'angered', label: 'Angered' },
  { value: 'centrum', label: 'Centrum' },
  { value: 'hisingen', label: 'Hisingen' },
  { value: 'majorna-linne', label: 'Majorna-Linné' },
];

export function GbgFormPage() {
  return (
    <form noValidate aria-label="Ansökan">
      <ErrorSummary errors={[{ id: 'b-epost', message: 'Ange en e-postadress med @.' }]} />
      <TextField id="b-namn" name="namn" label="Namn" autoComplete="name" />
      <TextField
        id="b-epost"
        name="epost"
        type="email"
        label="E-postadress"
        description="Vi skickar en bekräftelse hit."
        error="Ange en e-postadress med @."
      />
      <Select id="b-omrade" name="omrade" label="Stadsområde" placeholder="Välj" defaultValue="" options={districts} />
      <RadioGroup legend="Hur vill du få beslutet?" name="beslut">
        <Radio value="post" label="Brev" />
        <Radio value="epost" label="E-post" />
      </RadioGroup>
      <Field label="Kommun" description="Där du är folkbokförd.">
        {(props) => <input {...props} name="kommun" />}
      </Field>
      <Checkbox name="intyg" label="Jag intygar att uppgifterna är riktiga" />
      <Button type="submit">Skicka ansökan</Button>
    </form>
  );
}

export function PlainFormPage() {
  return (
    <form noValidate aria-label="Ansökan" className="p-form">
      <section className="p-summary" aria-labelledby="p-summary-h" tabIndex={-1}>
        <h2 id="p-summary-h">Det finns ett fel</h2>
        <ul>
          <li>
            <a href="#p-epost">Ange en e-postadress med @.</a>
          </li>
        </ul>
      </section>
      <div className="p-field">
        <label htmlFor="p-namn">Namn</label>
        <input id="p-namn" name="namn" autoComplete="name" />
      </div>
      <div className="p-field">
        <label htmlFor="p-epost">E-postadress</label>
        <p id="p-epost-d">Vi skickar en bekräftelse hit.</p>
        <p id="p-epost-e" className="p-error">Ange en e-postadress med @.</p>
        <input id="p-epost" name="epost" type="email" aria-invalid="true" aria-describedby="p-epost-d p-epost-e" />
      </div>
      <div className="p-field">
        <label htmlFor="p-omrade">Stadsområde</label>
        <select id="p-omrade" name="omrade" defaultValue="">
          <option value="" disabled>
            Välj
          </option>
          {districts.map((district) => (
            <option key={district.value} value={district.value}>
              {district.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="p-field">
        <legend>Hur vill du få beslutet?</legend>
        <label>
          <input type="radio" name="beslut" value="post" /> Brev
        </label>
        <label>
          <input type="radio" name="beslut" value="epost" /> E-post
        </label>
      </fieldset>
      <div className="p-field">
        <label htmlFor="p-kommun">Kommun</label>
        <p id="p-kommun-d">Där du är folkbokförd.</p>
        <input id="p-kommun" name="kommun" aria-describedby="p-kommun-d" />
      </div>
      <label className="p-check">
        <input type="checkbox" name="intyg" /> Jag intygar att uppgifterna är riktiga
      </label>
      <button type="submit" className="p-button">
        Skicka ansökan
      </button>
    </form>
  );
}

// The page of issue 7 item 8, measured against peers: a text field, a checkbox, three radios,
// a select and a button.
export function GbgSmallPage() {
  return (
    <form noValidate aria-label="Ansökan">
      <TextField id="s-namn" name="namn" label="Namn" autoComplete="name" />
      <Checkbox name="intyg" label="Jag intygar att uppgifterna är riktiga" />
      <RadioGroup legend="Hur vill du få beslutet?" name="beslut">
        <Radio value="post" label="Brev" />
        <Radio value="epost" label="E-post" />
        <Radio value="app" label="I appen" />
      </RadioGroup>
      <Select id="s-omrade" name="omrade" label="Stadsområde" placeholder="Välj" defaultValue="" options={districts} />
      <Button type="submit">Skicka ansökan</Button>
    </form>
  );
}

export function PlainSmallPage() {
  return (
    <form noValidate aria-label="Ansökan" className="p-form">
      <div className="p-field">
        <label htmlFor="q-namn">Namn</label>
        <input id="q-namn" name="namn" autoComplete="name" />
      </div>
      <label className="p-check">
        <input type="checkbox" name="intyg" /> Jag intygar att uppgifterna är riktiga
      </label>
      <fieldset className="p-field">
        <legend>Hur vill du få beslutet?</legend>
        <label>
          <input type="radio" name="beslut" value="post" /> Brev
        </label>
        <label>
          <input type="radio" name="beslut" value="epost" /> E-post
        </label>
        <label>
          <input type="radio" name="beslut" value="app" /> I appen
        </label>
      </fieldset>
      <div className="p-field">
        <label htmlFor="q-omrade">Stadsområde</label>
        <select id="q-omrade" name="omrade" defaultValue="">
          <option value="" disabled>
            Välj
          </option>
          {districts.map((district) => (
            <option key={district.value} value={district.value}>
              {district.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="p-button">
        Skicka ansökan
      </button>
    </form>
  );
}

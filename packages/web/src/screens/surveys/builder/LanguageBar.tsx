/** Which language's texts the builder edits (and the preview shows); adding a language. */
import { useState } from 'react';

const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function LanguageBar({
  languages,
  lang,
  defaultLanguage,
  onLang,
}: {
  languages: readonly string[];
  lang: string;
  defaultLanguage: string;
  onLang: (l: string) => void;
}) {
  const [adding, setAdding] = useState('');
  const problem =
    adding && !TAG.test(adding) ? 'A language tag such as "es" or "pt-BR".' : undefined;
  return (
    <div className="language-bar">
      <div className="toggle-group" role="group" aria-label="Edit the texts in">
        {languages.map((l) => (
          <button
            key={l}
            type="button"
            className="toggle"
            aria-pressed={l === lang}
            onClick={() => onLang(l)}
          >
            {l}
            {l === defaultLanguage ? ' (default)' : ''}
          </button>
        ))}
      </div>
      <form
        className="add-language"
        onSubmit={(e) => {
          e.preventDefault();
          if (adding && !problem) {
            onLang(adding);
            setAdding('');
          }
        }}
      >
        <label htmlFor="add-language">Another language</label>
        <input
          id="add-language"
          value={adding}
          size={6}
          maxLength={35}
          placeholder="es"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'add-language-problem' : undefined}
          onChange={(e) => setAdding(e.target.value.trim())}
        />
        <button type="submit" className="button button-small" disabled={!adding || !!problem}>
          Add
        </button>
        {problem ? (
          <span className="field-error" id="add-language-problem">
            {problem}
          </span>
        ) : null}
      </form>
    </div>
  );
}

import { type FormEvent, useState } from 'react';
import { Button, ErrorNotice, Field, Input } from '../../components/ui';
import { useT } from '../../i18n';
import { serverFieldErrors } from './server-field-errors';
import type { CredentialErrors, CredentialField } from './validate-credentials';

export interface CredentialValues {
  name: string;
  email: string;
  password: string;
}

/**
 * The e-mail/password form shared by sign-in and registration: validates on submit, then shows the server's
 * field messages under the fields and anything else above the button.
 */
export function CredentialsForm({
  withName,
  newPassword,
  submitLabel,
  failedTitle,
  validate,
  onSubmit,
  pending,
  error,
}: {
  withName: boolean;
  newPassword: boolean;
  submitLabel: string;
  failedTitle: string;
  validate: (values: CredentialValues) => CredentialErrors;
  onSubmit: (values: CredentialValues) => void;
  pending: boolean;
  error: unknown;
}) {
  const t = useT();
  const [values, setValues] = useState<CredentialValues>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<CredentialErrors>({});
  const [submitted, setSubmitted] = useState<CredentialValues | null>(null);

  // Server messages belong to the values that were sent; editing a field clears its own.
  const fromServer = error && submitted ? serverFieldErrors(error) : {};
  const fieldError = (field: CredentialField): string | undefined => {
    const local = errors[field];
    if (local) return t(local.key, local.values);
    return submitted && values[field] === submitted[field] ? fromServer[field] : undefined;
  };
  const hasServerFieldError = Object.keys(fromServer).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = (['name', 'email', 'password'] as const).find((field) => found[field]);
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setSubmitted(values);
    onSubmit(values);
  };
  const update = (field: CredentialField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {withName ? (
        <Field id="name" label={t('auth.name')} error={fieldError('name')}>
          {(control) => (
            <Input
              {...control}
              name="name"
              autoComplete="name"
              value={values.name}
              onChange={(event) => update('name')(event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field id="email" label={t('auth.email')} error={fieldError('email')}>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete={newPassword ? 'email' : 'username'}
            value={values.email}
            onChange={(event) => update('email')(event.target.value)}
          />
        )}
      </Field>
      <Field
        id="password"
        label={t('auth.password')}
        hint={newPassword ? t('auth.passwordHint') : undefined}
        error={fieldError('password')}
      >
        {(control) => (
          <Input
            {...control}
            name="password"
            type="password"
            autoComplete={newPassword ? 'new-password' : 'current-password'}
            value={values.password}
            onChange={(event) => update('password')(event.target.value)}
          />
        )}
      </Field>
      {error && !hasServerFieldError ? <ErrorNotice title={failedTitle} error={error} /> : null}
      <Button type="submit" variant="primary" loading={pending} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}

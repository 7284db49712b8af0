import { describe, expect, it } from 'vitest';
import { validateRegistration, validateSignIn } from './validate-credentials';

const valid = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'maple orbit lantern' };

describe('validateRegistration', () => {
  it('accepts a name, an e-mail address and a long enough password', () => {
    expect(validateRegistration(valid)).toEqual({});
  });

  it('asks for a name and a valid e-mail address', () => {
    const errors = validateRegistration({ ...valid, name: '  ', email: 'ada@example' });
    expect(errors.name?.key).toBe('auth.invalid.name');
    expect(errors.email?.key).toBe('auth.invalid.email');
  });

  it('counts password length in code points, as the server does', () => {
    expect(validateRegistration({ ...valid, password: '😀😀😀😀😀😀😀😀😀' }).password).toEqual({
      key: 'auth.invalid.passwordShort',
      values: { count: 9 },
    });
    expect(validateRegistration({ ...valid, password: '😀'.repeat(10) }).password).toBeUndefined();
    expect(validateRegistration({ ...valid, password: 'x'.repeat(129) }).password?.key).toBe(
      'auth.invalid.passwordLong',
    );
  });

  it('refuses the e-mail address, its local part or the name as the password', () => {
    for (const password of ['ada@example.com', 'ADA@EXAMPLE.COM', 'Ada Lovelace']) {
      expect(validateRegistration({ ...valid, password }).password?.key).toBe('auth.invalid.passwordPersonal');
    }
    expect(
      validateRegistration({ ...valid, email: 'adalovelace@example.com', password: 'adalovelace' }).password?.key,
    ).toBe('auth.invalid.passwordPersonal');
  });
});

describe('validateSignIn', () => {
  it('needs an e-mail address and any password', () => {
    expect(validateSignIn({ email: 'ada@example.com', password: 'x' })).toEqual({});
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      email: { key: 'auth.invalid.email' },
      password: { key: 'auth.invalid.passwordRequired' },
    });
  });
});

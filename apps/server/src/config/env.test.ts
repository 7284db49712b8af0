import { describe, expect, it } from 'vitest';
import { billingOf, loadEnv } from './env.js';

describe('billing configuration', () => {
  it('collects Stripe keys, configured price ids per package and mode, and the low-balance webhook', () => {
    const env = loadEnv({
      STRIPE_SECRET_KEY: 'sk_test_123',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc',
      STRIPE_PRICE_PRO_MONTHLY: 'price_pro_monthly',
      STRIPE_PRICE_STARTER_ONE_TIME: 'price_starter_once',
      LOW_BALANCE_WEBHOOK_URL: 'https://hooks.example.com/low',
    });
    expect(billingOf(env)).toEqual({
      stripeSecretKey: 'sk_test_123',
      stripeWebhookSecret: 'whsec_abc',
      lowBalanceWebhookUrl: 'https://hooks.example.com/low',
      stripePriceIds: { pro: { subscription: 'price_pro_monthly' }, starter: { payment: 'price_starter_once' } },
      signupCredit: 100,
    });
  });

  it('needs none of it', () => {
    expect(billingOf(loadEnv({}))).toEqual({ stripePriceIds: {}, signupCredit: 100 });
    expect(billingOf(loadEnv({ NODE_ENV: 'production', SIGMACODE_SECRET: 'x'.repeat(32) })).signupCredit).toBe(0);
    expect(billingOf(loadEnv({ SIGNUP_CREDIT_TOKENS: '250' })).signupCredit).toBe(250);
  });

  it('names the variable when a Stripe value has the wrong form', () => {
    expect(() => loadEnv({ STRIPE_SECRET_KEY: 'pk_test_123' })).toThrow(/STRIPE_SECRET_KEY/);
    expect(() => loadEnv({ STRIPE_WEBHOOK_SECRET: 'secret' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => loadEnv({ STRIPE_PRICE_BUSINESS_ONE_TIME: 'prod_1' })).toThrow(/STRIPE_PRICE_BUSINESS_ONE_TIME/);
  });
});

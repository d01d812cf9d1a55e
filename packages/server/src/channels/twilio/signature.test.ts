import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { twilioSignature, verifyTwilioSignature } from './signature.ts';
import { escapeXml, twiml } from './twiml.ts';

describe('Twilio request signature', () => {
  // The reference vector of STACK.md, checked there with the twilio package itself.
  const token = '12345';
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  };

  it('matches the reference vector', () => {
    expect(twilioSignature(token, url, params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
    expect(verifyTwilioSignature(token, url, params, '0/KCTR6DLpKmkAf8muzZqo1nDgQ=')).toBe(true);
  });

  it('refuses a changed parameter, URL, token, a missing or truncated header', () => {
    const good = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';
    expect(verifyTwilioSignature(token, url, { ...params, Digits: '1235' }, good)).toBe(false);
    expect(verifyTwilioSignature(token, `${url}&x=1`, params, good)).toBe(false);
    expect(verifyTwilioSignature('12346', url, params, good)).toBe(false);
    expect(verifyTwilioSignature(token, url, params, undefined)).toBe(false);
    expect(verifyTwilioSignature(token, url, params, good.slice(0, -1))).toBe(false);
    expect(verifyTwilioSignature('', url, params, good)).toBe(false);
  });

  it('accepts the URL with or without the default port, as Twilio may sign either', () => {
    const sig = twilioSignature(token, 'https://mycompany.com:443/hooks?x=1', params);
    expect(verifyTwilioSignature(token, 'https://mycompany.com/hooks?x=1', params, sig)).toBe(true);
    const plain = twilioSignature(token, 'https://mycompany.com/hooks', params);
    expect(verifyTwilioSignature(token, 'https://mycompany.com:443/hooks', params, plain)).toBe(
      true,
    );
    const other = twilioSignature(token, 'https://mycompany.com:8443/hooks', params);
    expect(verifyTwilioSignature(token, 'https://mycompany.com/hooks', params, other)).toBe(false);
  });

  it("agrees with the twilio package's own helpers on any parameters (arrays and Unicode too)", () => {
    const value = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 40 }),
        fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,11}$/), value, { maxKeys: 8 }),
        fc.webPath(),
        (authToken, form, path) => {
          const u = `https://rapport.example.com${path.startsWith('/') ? path : `/${path}`}`;
          const expected = twilio.getExpectedTwilioSignature(authToken, u, form);
          expect(twilioSignature(authToken, u, form)).toBe(expected);
          expect(verifyTwilioSignature(authToken, u, form, expected)).toBe(true);
          expect(
            twilio.validateRequest(authToken, twilioSignature(authToken, u, form), u, form),
          ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('TwiML', () => {
  it('escapes every message and drops characters XML cannot carry', () => {
    expect(escapeXml(`<b>"R&D"</b> it's`)).toBe('&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; it&apos;s');
    expect(twiml(['a < b & c', 'bell\u0007 ok'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>a &lt; b &amp; c</Message><Message>bell ok</Message></Response>',
    );
    expect(twiml([])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
  });
});

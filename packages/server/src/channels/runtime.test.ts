import { loadSettings } from '@rapport/config';
import { describeEachDialect } from '@rapport/testing';
import nodemailer from 'nodemailer';
import { expect, it } from 'vitest';
import { channelRegistry, startMailListener } from './runtime.ts';

const quiet = { info: () => undefined, error: () => undefined };

describeEachDialect('channels at run time', (db) => {
  it('gives the worker the conversation jobs, with senders', () => {
    const { registry, close } = channelRegistry(loadSettings({}), quiet);
    expect(registry.names()).toEqual(
      expect.arrayContaining(['invitation.send', 'conversation.deliver', 'conversation.timeout']),
    );
    expect(registry.names()).toEqual(expect.arrayContaining(['survey.low_score']));
    close();
  });

  it('listens for e-mail replies only when SMTP_INBOUND_PORT is set, and refuses strangers', async () => {
    const { store } = db();
    expect(await startMailListener(store, loadSettings({}), quiet)).toBeUndefined();
    const smtp = await startMailListener(store, loadSettings({ SMTP_INBOUND_PORT: '0' }), quiet);
    if (!smtp) throw new Error('no listener');
    try {
      expect(smtp.port).toBeGreaterThan(0);
      const t = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, ignoreTLS: true });
      await expect(
        t.sendMail({ from: 'a@example.net', to: 'someone@example.com', text: 'hello' }),
      ).rejects.toThrow(/550/);
      t.close();
    } finally {
      await smtp.close();
    }
  });
});

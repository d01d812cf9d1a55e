/**
 * Realistic notes and short transcripts for demo interactions, by how the touchpoint went.
 * `{agent}` is replaced with the agent's first name.
 */
export type Tone = 'good' | 'ok' | 'bad';

export const NOTES: Record<Tone, readonly string[]> = {
  good: [
    'Customer thanked {agent} for sorting the billing question in one call.',
    'Resolved on first contact; customer said {agent} had been amazing.',
    'Technician arrived early and explained everything clearly.',
    "Customer asked us to pass a compliment to {agent}'s manager.",
    'Quick fix, customer very happy with the outcome.',
    'Refund processed while the customer waited; warm thanks at the end.',
  ],
  ok: [
    'Password reset, customer satisfied.',
    'Explained the new plan options; customer will think about it.',
    'Address updated on the account.',
    'Order status checked; delivery confirmed for tomorrow.',
    'Customer asked about opening hours.',
    'Warranty terms explained.',
  ],
  bad: [
    'Third time the customer called about the same fault; still not fixed.',
    'Customer was transferred twice and had to repeat everything.',
    'Customer threatened to cancel and switch to a competitor.',
    'Long hold time; customer frustrated and raised their voice.',
    'Promised call-back never happened; customer is annoyed.',
    'Charge disputed; customer says they were misled at the store.',
  ],
};

export const TRANSCRIPTS: Record<
  Tone,
  ReadonlyArray<ReadonlyArray<readonly ['customer' | 'agent', string]>>
> = {
  good: [
    [
      ['customer', 'Hi, I need to move the account from my tenant back into my name.'],
      ['agent', 'Happy to help with that. Can I confirm the address first?'],
      ['customer', 'Sure, it is the house on Elm Street.'],
      ['agent', 'Done: the account is in your name from today, and I waived the transfer fee.'],
      ['customer', 'Wow, that was painless. You have been amazing, thank you!'],
    ],
    [
      ['customer', 'My order says delivered but nothing arrived.'],
      ['agent', 'I am sorry about that. I can see the courier left it at the wrong number.'],
      ['agent', 'I have sent a replacement by express, it will be with you tomorrow.'],
      ['customer', 'Great, thanks so much for sorting it so quickly.'],
    ],
  ],
  ok: [
    [
      ['customer', 'What time do you open on Saturday?'],
      ['agent', 'We open at nine on Saturdays.'],
      ['customer', 'Ok thanks.'],
    ],
    [
      ['customer', 'Can I change the e-mail on my account?'],
      ['agent', 'Yes, I have updated it. You will get a confirmation message.'],
      ['customer', 'Got it.'],
    ],
  ],
  bad: [
    [
      ['customer', 'This is the third time I call about the same problem.'],
      ['agent', 'I understand. Let me transfer you to the technical team.'],
      ['customer', 'Transferred AGAIN?? I have been waiting for two weeks.'],
      ['agent', 'I am sorry, I will open a priority ticket.'],
      ['customer', 'If this is not fixed by Friday I am cancelling and moving my accounts.'],
    ],
    [
      ['customer', 'Oh great, another 2 hour hold. Love it.'],
      ['agent', 'Apologies for the wait. How can I help?'],
      ['customer', 'You charged me twice for the same month.'],
      ['agent', 'I can see that. The refund will take five to seven days.'],
      ['customer', 'Unbelievable. Nobody ever fixes anything here.'],
    ],
  ],
};

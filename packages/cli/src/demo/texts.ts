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
    [
      [
        'customer',
        'My card was charged twice and the rent is due Friday. I am really worried, please help.',
      ],
      ['agent', 'I understand, let me look right away. I can see the second charge.'],
      ['agent', 'I have reversed it; the money will be back in your account today.'],
      ['customer', 'Oh thank goodness, what a relief. Thank you so much.'],
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
    [
      ['customer', 'Water is leaking next to the fuse box. Is it safe? I have a baby at home.'],
      ['agent', 'Please switch off the mains. The first engineer slot is on Thursday.'],
      ['customer', 'Thursday?? I am scared to leave it like this for three days. What do I do?'],
      ['agent', 'I have put you on the cancellation list and will call you if a slot opens.'],
    ],
  ],
};

/** What customers write in a survey's free-text question, by how the score went. */
export const COMMENTS: Record<Tone, readonly string[]> = {
  good: [
    'You have been amazing, thank you for sorting it so quickly!',
    'The agent was patient and explained everything. Really happy.',
    'Fixed on the first call, no waiting. Great service.',
    'Friendly, quick and honest. I will recommend you to my friends.',
    'Thank you so much, you made a stressful day much easier.',
    'Brilliant, the technician was early and very polite.',
    'Best support I have had from any company this year.',
    'Loved how easy it was, everything done in five minutes.',
  ],
  ok: [
    'It was fine, but it took a while to get through.',
    'Problem solved in the end, although I had to explain it twice.',
    'Okay overall. The website could make this easier.',
    'Decent service, nothing special.',
    'Got what I needed, the hold music was annoying though.',
    'Fine. The price is a bit high for what you get.',
  ],
  bad: [
    'Third time I call about this and it is still not fixed.',
    'Still waiting for the refund I was promised two weeks ago.',
    'I was transferred three times and had to repeat everything. Useless.',
    'Nobody called me back. I am seriously thinking of switching to another provider.',
    'Very disappointed. If this happens again I will cancel my contract.',
    'The agent was rude and did not listen to me at all.',
    'Too much effort for a simple question, I gave up in the end.',
    'I have been a customer for ten years and I have never been treated this badly.',
    'I am still worried my details were stolen and nobody has told me if my account is safe.',
  ],
};

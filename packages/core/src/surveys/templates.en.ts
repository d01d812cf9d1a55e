import type { TemplateSet } from './reply-templates.ts';

/**
 * The built-in English wording. A low score is always acknowledged with the score and what was
 * rated, with an apology to customers; the question that follows (`probe`) asks what went wrong
 * or offers a call back. Every sentence that can occur more than once in a conversation carries
 * a per-question placeholder (`{rated}`, `{score}`, `{options}`) or has enough variants.
 */
export const TEMPLATES_EN: TemplateSet = {
  greeting: [
    'Hi {customerName|there}, thanks for taking a moment for {companyName|us}. Reply STOP at any time to opt out.',
    'Hello {customerName|there}! {companyName|We} would value a few quick answers from you; reply STOP to opt out.',
  ],
  'greeting.transactional': [
    'Hi {customerName|there}, thanks for getting in touch with {companyName|us} today. We would love a few quick words on how it went; reply STOP to opt out.',
    '{customerName}, thank you for contacting {companyName|us}. Could we ask you a couple of quick questions about it? Reply STOP to opt out.',
    'Hello {customerName|there}, thanks for your time with {companyName|us} today. A few short questions follow, and STOP opts out at any time.',
  ],
  'greeting.relationship': [
    "Hi {customerName|there}, it's {companyName|your service team} here. We'd value your honest view of how we're doing; reply STOP to opt out.",
    'Hello {customerName|there}, {companyName|we} would like to hear how things are going for you. Reply STOP at any time to opt out.',
  ],
  'greeting.employee': [
    'Hi {customerName|there}, this is the {companyName|team} pulse survey. It takes two minutes, and your answers are anonymous.',
    "Hello {customerName|there}, time for a quick, anonymous pulse: how's work at {companyName|the company}?",
  ],
  'greeting.leadership': [
    'Hi {customerName|there}, this is a short, anonymous pulse about working with {managerName|your manager}.',
    'Hello {customerName|there}, a few anonymous questions about how {managerName|your manager} leads the team.',
  ],

  'low_score.nps': [
    "A {score} out of {scaleMax} tells me you wouldn't recommend {companyName|us} right now, and I'm truly sorry we've let you down.",
    'Thank you for being honest, {customerName}: a {score} is a clear sign something has gone wrong with {companyName|us}, and I apologise.',
    "I'm very sorry: nobody gives {companyName|us} a {score} out of {scaleMax} unless something has gone badly wrong.",
    "I apologise; a {score} for recommending {companyName|us} means we've fallen well short for you.",
    "That {score} out of {scaleMax} matters to us, and I'm sorry {companyName|we} left you feeling this way.",
  ],
  'low_score.ces': [
    "I'm sorry we made it hard work: a {score} out of {scaleMax} says this took far more effort than it should have.",
    'A {score} for {rated} is not what we aim for, and I apologise for the hassle.',
    "I'm sorry; scoring {rated} a {score} tells me we made this harder for you than it needed to be.",
  ],
  'low_score.enps': [
    'Thank you for being candid: a {score} out of {scaleMax} for {rated} is something we need to hear.',
    "I'm sorry it feels that way; a {score} for {rated} is a signal we take seriously.",
    "A {score} tells us work here isn't what it should be for you right now, and that matters.",
  ],
  'low_score.engagement': [
    'Thank you for being honest about {rated}; a {score} out of {scaleMax} tells us something needs to change.',
    'A {score} on {rated} is important to know, thank you for saying so.',
    "I'm sorry {rated} only gets a {score} from you; that is taken seriously.",
    'That {score} for {rated} is exactly the kind of candour that helps, thank you.',
  ],
  'low_score.leadership': [
    'Thank you for your candour: a {score} on {rated} is worth hearing.',
    "I appreciate you saying so; {rated} scoring a {score} out of {scaleMax} won't be ignored.",
    "A {score} for {rated} is clear feedback, and I'm sorry it's been that way for you.",
  ],
  low_score: [
    "I'm sorry: a {score} out of {scaleMax} for {rated} isn't the experience we want you to have.",
    'Thank you for telling us; a {score} for {rated} means we got it wrong, and I apologise.',
    "A {score} out of {scaleMax} for {rated}: that's on us, and I'm sorry.",
    "I'm truly sorry {rated} only earned a {score} from you.",
    'That {score} for {rated} is not good enough, and we owe you an apology.',
    'My apologies; your {score} out of {scaleMax} for {rated} tells me we fell short.',
  ],

  'middle_score.nps': [
    'Thank you; a {score} says {companyName|we} still have some way to go to earn your recommendation.',
    "Thanks for the {score}: we'd love to earn a higher one from you.",
  ],
  middle_score: [
    "Thanks; a {score} for {rated} tells us there's still room to do better.",
    "Thank you: {rated} gets a {score} from you, good but not yet great, and we'll work on it.",
    'Noted, a {score} out of {scaleMax} for {rated}, thank you.',
  ],

  'high_score.nps': [
    "Thank you! A {score} means a lot, and we're glad you'd recommend {companyName|us}.",
    "That's wonderful: a {score} out of {scaleMax} for recommending {companyName|us}, thank you!",
    "Thanks, {customerName}; we're delighted you'd recommend {companyName|us}.",
  ],
  'high_score.enps': [
    'Great to hear: a {score} for {rated}, thank you.',
    "Thank you! It's good to know {rated} earns a {score} from you.",
  ],
  high_score: [
    'Thank you! A {score} for {rated} is great to hear.',
    'Wonderful, a {score} out of {scaleMax} for {rated}; thank you.',
    'Lovely, thank you: {rated} earned a {score} from you, and we will pass that on.',
    'Thanks so much for the {score} for {rated}!',
    'That {score} for {rated} made my day, thank you.',
  ],

  probe: [
    "What went wrong? If you'd rather talk it through, reply CALL and we'll phone you.",
    'Could you tell me what happened, so we can put it right? Or reply CALL for a call back.',
    'What should we have done differently? If a call would be easier, just reply CALL.',
    "Would you tell me a little about what went wrong? Reply CALL instead if you'd like someone to ring you.",
  ],
  'probe.employee': [
    "What's the one thing that would make the biggest difference? Your answer stays anonymous.",
    "If you're willing, what's behind that score? Nothing you write is shown with your name.",
    'What would need to change for that to improve? This stays anonymous.',
  ],
  'probe.leadership': [
    'What could {managerName|your manager} do differently? Your answer stays anonymous.',
    "If you're willing, what's behind that score? Nothing you write is shown with your name.",
    'What one change would help most? This stays anonymous.',
  ],
  // The web survey page's probe: the customer writes in a box below it (no CALL to reply).
  probe_web: [
    'What went wrong? Tell us in your own words; someone who can put it right will read it.',
    'Could you tell us what happened, so we can put it right?',
    'What should we have done differently?',
  ],
  probe_callback: [
    'Would you like someone to call you to put this right? Reply CALL, or NO to carry on.',
    'Would a phone call help us sort this out? Just reply CALL, or NO to continue.',
    'Shall we give you a call to make this right? Reply CALL or NO.',
  ],
  probe_declined: ['No problem at all.', "That's fine.", 'Understood.'],
  callback_ack: [
    'Thank you; {companyName|our team} will call you back soon.',
    "Done: we'll arrange a call back for you.",
    'Got it, someone will ring you to put this right.',
  ],

  'text.negative': [
    "Thank you for telling me; that sounds really frustrating, and I'm sorry it happened.",
    "I'm sorry you went through that, and it's exactly what we need to hear to fix it.",
    "That shouldn't have happened, and thank you for explaining it.",
    'Thank you for being so clear; this will be read by someone who can act on it.',
  ],
  'text.positive': [
    "That's lovely to hear, thank you for taking the time to say it.",
    "Thank you, that's really kind; we'll pass it on.",
    'What a great thing to read, thank you!',
  ],
  'text.neutral': ["Thanks, that's helpful.", 'Thank you for adding that.', 'Noted, thank you.'],

  'expectation.failed': [
    "I'm sorry we fell short of what you expected.",
    "That's disappointing, and I apologise for falling short.",
    "I'm sorry; you expected better, and you deserved it.",
  ],
  'expectation.exceeded': [
    "Brilliant, thank you; we love going beyond what's expected.",
    "That's great to hear, thank you!",
  ],

  'reask.score': [
    "Sorry, I couldn't quite read that: could you send a whole number from {scaleMin} to {scaleMax} for {rated}?",
    "Apologies, I didn't catch a score there; what number from {scaleMin} to {scaleMax} would you give for {rated}?",
    'I may have misread, so just a number between {scaleMin} and {scaleMax} for {rated}, please.',
    'Could you put that as a single number from {scaleMin} to {scaleMax} for {rated}?',
  ],
  'reask.single': [
    "Sorry, I couldn't match that to an option; reply with a number: {options}.",
    'Which one did you mean? Reply with its number ({options}).',
  ],
  'reask.multi': [
    "Sorry, I couldn't match that; reply with one or more numbers, such as 1, 3 ({options}).",
    'Which ones did you mean? Reply with their numbers ({options}).',
  ],
  'reask.yes_no': ['Sorry, was that a yes or a no?', "I didn't quite catch that: yes or no?"],
  'reask.expectation': [
    "Sorry, I couldn't tell: did we fall short (1), meet (2) or exceed (3) your expectations?",
    'Just to check, reply 1 if we fell short, 2 if we met your expectations, 3 if we exceeded them.',
  ],
  'reask.text': ['Sorry, that came through empty; could you type your answer again?'],
  reask: ["Sorry, I couldn't read that; could you reply once more?"],
  moving_on: ["No problem, let's move on.", "Let's skip that one.", 'All right, on to the next.'],

  'reminder.score': [
    'Hi {customerName|there}, just a gentle nudge: what score from {scaleMin} to {scaleMax} would you give for {rated}?',
  ],
  'reminder.text': [
    "Hi {customerName|there}, anything you'd like to add? Just reply here, or NO to finish.",
  ],
  'reminder.probe': [
    "Hi {customerName|there}, we'd still like to know what went wrong: reply here, or CALL for a call back.",
  ],
  reminder: [
    'Hi {customerName|there}, your answer to our last question is still welcome whenever you are ready.',
  ],

  'closing.low': [
    'Thank you for your honesty. Someone from {companyName|our team} will look into what went wrong.',
    'That is all our questions, thank you. We take what you told us seriously and will follow up.',
  ],
  'closing.employee': [
    'That is all, thank you. Your answers are anonymous and only shown in groups large enough to protect that.',
  ],
  'closing.leadership': [
    'That is all, thank you. Your answers are anonymous and only shown in groups large enough to protect that.',
  ],
  closing: [
    "That's everything, thank you for your time, {customerName}.",
    'Thank you, that is all our questions. Have a great day!',
    'All done: thanks for helping {companyName|us} get better.',
  ],

  opted_out: [
    "You're unsubscribed from {companyName|our} surveys and won't get more texts. Reply START to opt back in.",
    'Done: no more survey messages from {companyName|us}. Reply START if you change your mind.',
    "You've been opted out. Reply START to receive {companyName|our} surveys again.",
  ],
  opted_in: [
    "You're subscribed to {companyName|our} surveys again. Reply STOP to opt out.",
    'Welcome back: {companyName|our} survey messages are on again. Reply STOP to opt out.',
    'You have opted back in. Reply STOP at any time to stop.',
  ],
  help: [
    '{companyName|Our} feedback survey: reply to the last question to answer, or STOP to opt out. Message and data rates may apply.',
    'This is a short survey from {companyName|us}. Just reply with your answer; STOP opts out, START opts back in.',
    'Need help? Reply to the question above in your own words. Reply STOP to opt out.',
  ],

  'hint.score': ['{scaleMax} = {maxLabel}, {scaleMin} = {minLabel}'],
  'hint.single': ['reply {options}'],
  'hint.multi': ['reply one or more: {options}'],
  'hint.expectation': ['reply 1 if we fell short, 2 if we met them, 3 if we exceeded them'],

  'rated.nps': ['recommending {companyName|us}'],
  'rated.csat': ['your experience today'],
  'rated.ces': ['how easy we made it'],
  'rated.enps': ['{companyName|us} as a place to work'],
  'rated.engagement': ['this part of your work'],
  'rated.leadership': ['{managerName|your manager}'],
  'rated.rating': ['this'],
};

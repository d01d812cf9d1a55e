import type { TemplateSet } from './reply-templates.ts';

/** The built-in Spanish wording, key for key with the English (see templates.en.ts). */
export const TEMPLATES_ES: TemplateSet = {
  greeting: [
    'Hola {customerName}, gracias por dedicar un momento a {companyName|nosotros}. Responde STOP en cualquier momento para darte de baja.',
    'Hola, nos gustaría conocer tu opinión sobre {companyName|nuestro servicio}; responde STOP para darte de baja.',
  ],
  'greeting.transactional': [
    'Hola {customerName}, gracias por contactar hoy con {companyName|nosotros}. Nos encantaría saber cómo fue; responde STOP para darte de baja.',
    'Hola, gracias por tu tiempo hoy con {companyName|nosotros}. Siguen unas preguntas breves, y STOP te da de baja en cualquier momento.',
  ],
  'greeting.relationship': [
    'Hola {customerName}, te escribe {companyName|tu equipo de servicio}. Queremos tu opinión sincera sobre cómo lo estamos haciendo; responde STOP para darte de baja.',
    'Hola, en {companyName|nuestro equipo} queremos saber cómo te va con nosotros. Responde STOP en cualquier momento para darte de baja.',
  ],
  'greeting.employee': [
    'Hola {customerName}, esta es la encuesta de pulso de {companyName|la empresa}. Son dos minutos y tus respuestas son anónimas.',
    'Hola, es momento de un pulso rápido y anónimo: ¿qué tal el trabajo en {companyName|la empresa}?',
  ],
  'greeting.leadership': [
    'Hola {customerName}, este es un pulso breve y anónimo sobre el trabajo con {managerName|tu responsable}.',
    'Hola, unas preguntas anónimas sobre cómo {managerName|tu responsable} dirige al equipo.',
  ],

  'low_score.nps': [
    'Un {score} de {scaleMax} me dice que ahora mismo no recomendarías {companyName|nuestro servicio}, y lamento de verdad haberte fallado.',
    'Gracias por tu sinceridad, {customerName}: un {score} es una señal clara de que algo ha ido mal, y te pido disculpas.',
    'Lo siento mucho: nadie le da a {companyName|nuestro servicio} un {score} de {scaleMax} si no ha ido algo muy mal.',
    'Te pido disculpas; un {score} para recomendar {companyName|nuestro servicio} significa que no hemos estado a la altura.',
  ],
  'low_score.ces': [
    'Siento que te costara tanto: un {score} de {scaleMax} dice que esto exigió mucho más esfuerzo del debido.',
    'Un {score} para {rated} no es lo que buscamos, y te pido disculpas por las molestias.',
  ],
  'low_score.enps': [
    'Gracias por tu franqueza: un {score} de {scaleMax} para {rated} es algo que necesitamos oír.',
    'Siento que lo vivas así; un {score} para {rated} es una señal que nos tomamos en serio.',
  ],
  'low_score.engagement': [
    'Gracias por ser sincero sobre {rated}; un {score} de {scaleMax} nos dice que algo tiene que cambiar.',
    'Un {score} en {rated} es importante saberlo, gracias por decirlo.',
    'Siento que {rated} solo reciba un {score}; nos lo tomamos en serio.',
  ],
  'low_score.leadership': [
    'Gracias por tu franqueza: un {score} en {rated} merece ser escuchado.',
    'Te agradezco que lo digas; un {score} de {scaleMax} para {rated} no se va a ignorar.',
  ],
  low_score: [
    'Lo siento: un {score} de {scaleMax} para {rated} no es la experiencia que queremos darte.',
    'Gracias por decírnoslo; un {score} para {rated} significa que lo hicimos mal, y te pido disculpas.',
    'Un {score} de {scaleMax} para {rated}: es responsabilidad nuestra, y lo siento.',
    'Lamento de verdad que {rated} solo merezca un {score} para ti.',
  ],

  'middle_score.nps': [
    'Gracias; un {score} dice que aún nos queda camino para ganarnos tu recomendación.',
    'Gracias por el {score}: nos encantaría ganarnos uno más alto.',
  ],
  middle_score: [
    'Gracias; un {score} para {rated} nos dice que aún podemos mejorar.',
    'Gracias: {rated} recibe un {score}, bien pero aún no excelente, y trabajaremos en ello.',
    'Anotado, un {score} de {scaleMax} para {rated}, gracias.',
  ],

  'high_score.nps': [
    '¡Gracias! Un {score} significa mucho, y nos alegra que recomendarías {companyName|nuestro servicio}.',
    'Qué bien: un {score} de {scaleMax} para recomendar {companyName|nuestro servicio}, ¡gracias!',
  ],
  'high_score.enps': [
    'Qué bien: un {score} para {rated}, gracias.',
    '¡Gracias! Es bueno saber que {rated} merece un {score} para ti.',
  ],
  high_score: [
    '¡Gracias! Un {score} para {rated} es una gran noticia.',
    'Estupendo, un {score} de {scaleMax} para {rated}; gracias.',
    'Qué bien, gracias: {rated} recibe un {score}, y se lo haremos saber.',
    '¡Muchas gracias por el {score} para {rated}!',
  ],

  probe: [
    '¿Qué salió mal? Si prefieres hablarlo, responde LLAMAR y te telefoneamos.',
    '¿Puedes contarme qué pasó, para que podamos arreglarlo? O responde LLAMAR y te llamamos.',
    '¿Qué deberíamos haber hecho de otra manera? Si te resulta más fácil una llamada, responde LLAMAR.',
  ],
  'probe.employee': [
    '¿Qué es lo que más marcaría la diferencia? Tu respuesta es anónima.',
    'Si quieres, ¿qué hay detrás de esa puntuación? Nada de lo que escribas se muestra con tu nombre.',
  ],
  'probe.leadership': [
    '¿Qué podría hacer {managerName|tu responsable} de otra manera? Tu respuesta es anónima.',
    '¿Qué cambio ayudaría más? Es anónimo.',
  ],
  probe_web: [
    '¿Qué salió mal? Cuéntanoslo con tus palabras; lo leerá alguien que puede arreglarlo.',
    '¿Puedes contarnos qué pasó, para que podamos arreglarlo?',
    '¿Qué deberíamos haber hecho de otra manera?',
  ],
  probe_callback: [
    '¿Quieres que alguien te llame para solucionarlo? Responde LLAMAR, o NO para continuar.',
    '¿Te ayudaría una llamada para arreglarlo? Responde LLAMAR, o NO para seguir.',
  ],
  probe_declined: ['Sin problema.', 'De acuerdo.', 'Entendido.'],
  callback_ack: [
    'Gracias; {companyName|nuestro equipo} te llamará pronto.',
    'Hecho: organizaremos una llamada contigo.',
    'Entendido, alguien te llamará para solucionarlo.',
  ],

  'text.negative': [
    'Gracias por contármelo; suena realmente frustrante, y siento que haya pasado.',
    'Siento que hayas pasado por eso, y es justo lo que necesitamos saber para arreglarlo.',
    'Eso no debería haber pasado, y gracias por explicarlo.',
  ],
  'text.positive': [
    'Qué alegría leerlo, gracias por tomarte el tiempo.',
    'Gracias, es muy amable; lo transmitiremos.',
    '¡Qué bien leer esto, gracias!',
  ],
  'text.neutral': ['Gracias, es útil.', 'Gracias por añadirlo.', 'Anotado, gracias.'],

  'expectation.failed': [
    'Siento que no estuviéramos a la altura de lo que esperabas.',
    'Es una decepción, y te pido disculpas por quedarnos cortos.',
  ],
  'expectation.exceeded': [
    '¡Genial, gracias! Nos encanta superar lo esperado.',
    '¡Qué bien, gracias!',
  ],

  'reask.score': [
    'Perdona, no he podido leerlo: ¿puedes enviar un número entero del {scaleMin} al {scaleMax} para {rated}?',
    'Disculpa, no he visto una puntuación; ¿qué número del {scaleMin} al {scaleMax} darías a {rated}?',
    'Quizá lo leí mal, así que solo un número entre {scaleMin} y {scaleMax} para {rated}, por favor.',
  ],
  'reask.single': [
    'Perdona, no he podido asociarlo a una opción; responde con un número: {options}.',
    '¿Cuál querías decir? Responde con su número ({options}).',
  ],
  'reask.multi': [
    'Perdona, no lo he entendido; responde con uno o más números, como 1, 3 ({options}).',
    '¿Cuáles querías decir? Responde con sus números ({options}).',
  ],
  'reask.yes_no': ['Perdona, ¿era un sí o un no?', 'No lo he entendido bien: ¿sí o no?'],
  'reask.expectation': [
    'Perdona, no lo tengo claro: ¿nos quedamos cortos (1), cumplimos (2) o superamos (3) tus expectativas?',
  ],
  'reask.text': ['Perdona, el mensaje llegó vacío; ¿puedes escribir tu respuesta otra vez?'],
  reask: ['Perdona, no he podido leerlo; ¿puedes responder otra vez?'],
  moving_on: ['Sin problema, sigamos.', 'Saltemos esa.', 'De acuerdo, a la siguiente.'],

  'reminder.score': [
    'Hola {customerName|de nuevo}, un pequeño recordatorio: ¿qué puntuación del {scaleMin} al {scaleMax} darías a {rated}?',
  ],
  'reminder.text': [
    'Hola {customerName|de nuevo}, ¿quieres añadir algo? Responde aquí, o NO para terminar.',
  ],
  'reminder.probe': [
    'Hola {customerName|de nuevo}, aún nos gustaría saber qué salió mal: responde aquí, o LLAMAR y te llamamos.',
  ],
  reminder: [
    'Hola {customerName|de nuevo}, tu respuesta a nuestra última pregunta sigue siendo bienvenida.',
  ],

  'closing.low': [
    'Gracias por tu sinceridad. Alguien de {companyName|nuestro equipo} revisará qué salió mal.',
    'Eso es todo, gracias. Nos tomamos en serio lo que nos has contado y haremos seguimiento.',
  ],
  'closing.employee': [
    'Eso es todo, gracias. Tus respuestas son anónimas y solo se muestran en grupos suficientemente grandes.',
  ],
  'closing.leadership': [
    'Eso es todo, gracias. Tus respuestas son anónimas y solo se muestran en grupos suficientemente grandes.',
  ],
  closing: [
    'Eso es todo, gracias por tu tiempo, {customerName}.',
    'Gracias, esas eran todas nuestras preguntas. ¡Que tengas un buen día!',
    'Listo: gracias por ayudar a {companyName|nuestro equipo} a mejorar.',
  ],

  opted_out: [
    'Te has dado de baja de las encuestas de {companyName|nuestro servicio}. Responde START para volver a darte de alta.',
    'Hecho: no recibirás más encuestas. Responde START si cambias de opinión.',
  ],
  opted_in: [
    'Vuelves a recibir las encuestas de {companyName|nuestro servicio}. Responde STOP para darte de baja.',
    'Te has vuelto a dar de alta. Responde STOP en cualquier momento para parar.',
  ],
  help: [
    'Encuesta de {companyName|opinión}: responde a la última pregunta, o STOP para darte de baja. Pueden aplicarse tarifas de mensajes y datos.',
    '¿Necesitas ayuda? Responde a la pregunta anterior con tus palabras. STOP te da de baja.',
  ],

  'hint.score': ['{scaleMax} = {maxLabel}, {scaleMin} = {minLabel}'],
  'hint.single': ['responde {options}'],
  'hint.multi': ['responde uno o más: {options}'],
  'hint.expectation': ['responde 1 si nos quedamos cortos, 2 si cumplimos, 3 si las superamos'],

  'rated.nps': ['recomendar {companyName|nuestro servicio}'],
  'rated.csat': ['tu experiencia de hoy'],
  'rated.ces': ['lo fácil que te lo pusimos'],
  'rated.enps': ['{companyName|la empresa} como lugar de trabajo'],
  'rated.engagement': ['esta parte de tu trabajo'],
  'rated.leadership': ['{managerName|tu responsable}'],
  'rated.rating': ['esto'],
};

// Los consejos en español.
import type { ClaimFlag } from "../../types.ts";
import { appendInside, capitalise, handleOrLink, formatNumberIn, listWith, type NumberStyle, withKnownYear } from "./format.ts";
import type { FlagWords, HeadlineWords, Messages, RuleWords, SummaryPoint, Worded } from "./types.ts";

const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

const STYLE: NumberStyle = {
  group: ".",
  decimal: ",",
  billions: (value) => `${value} mil millones`,
  millions: (value) => `${value} ${value === "1" ? "millón" : "millones"}`,
};
const formatNumber = (value: number) => formatNumberIn(value, STYLE);

const METRICS: Record<string, string> = {
  viewers: "espectadores",
  followers: "seguidores",
  subscribers: "suscriptores",
  members: "miembros",
  connections: "contactos",
  views: "visualizaciones",
  impressions: "impresiones",
  likes: "me gusta",
  fans: "fans",
  downloads: "descargas",
  readers: "lectores",
  visitors: "visitantes",
  listeners: "oyentes",
  stars: "estrellas",
  plays: "reproducciones",
  reach: "alcance",
  shares: "veces compartido",
  comments: "comentarios",
  engagement_rate: "tasa de interacción",
  open_rate: "tasa de apertura",
  click_rate: "tasa de clics",
  completion_rate: "tasa de finalización",
  save_rate: "tasa de guardado",
  share_rate: "tasa de compartidos",
  reputation: "reputación",
  clicks: "clics",
  reads: "lecturas",
};

function metricWords(metric: string): string {
  return METRICS[metric] ?? metric.replaceAll("_", " ");
}

const PEOPLE: Record<string, string> = {
  engineering: "los desarrolladores",
  data: "los científicos de datos",
  design: "los diseñadores",
  research: "los investigadores",
  academia: "los académicos",
  education: "los docentes",
  sales: "los comerciales",
  recruiting: "los reclutadores",
  people_hr: "los profesionales de RR. HH.",
  journalism: "los periodistas",
  communications: "los comunicadores",
  photography_video: "los fotógrafos y cineastas",
  real_estate: "los agentes",
  fitness_wellness: "los entrenadores",
  sports: "los deportistas",
};

const OUTCOME_NOUNS: Record<string, string> = {
  social_media: "pedidos, registros o ventas",
  community: "retención, registros o ventas",
  influencer_marketing: "ventas o registros de las campañas",
  creator: "colaboraciones de marca o ventas",
  content: "registros, leads o ventas",
  podcast_audio: "patrocinios u oyentes que actuaron",
  digital_pr: "cobertura en medios",
  developer_relations: "registros, adopción o asistencia",
  public_awareness: "personas que actuaron: registros, avisos, compromisos",
  communications: "cobertura en medios",
  journalism: "lectores o historias recogidas por otros",
  marketing: "leads, registros o ingresos",
  sales: "reuniones o contratos cerrados",
  real_estate: "consultas de compradores o ventas",
  recruiting: "contrataciones",
  consulting: "clientes ganados",
  founders_executives: "clientes, registros o inversión",
  events: "inscripciones y asistencia",
  fundraising: "donaciones",
  speaking_coaching: "contrataciones o asistencia",
  advocacy_campaigns: "registros, firmas o participación",
  politics: "voluntarios, registros o participación",
  faith_ministry: "asistencia, voluntarios u ofrendas",
  arts_entertainment: "encargos o contrataciones",
  photography_video: "encargos o contrataciones",
  fitness_wellness: "clientes o reservas",
  beauty_fashion: "reservas o ventas",
  hospitality: "reservas o cubiertos",
  sports: "patrocinios o entradas vendidas",
};

const RESULTS: Record<string, string> = {
  social_media: "[N] pedidos en línea",
  community: "[N] registros",
  influencer_marketing: "[N] ventas de las campañas",
  creator: "[N] colaboraciones pagadas",
  content: "[N] registros",
  podcast_audio: "[N] acuerdos de patrocinio",
  digital_pr: "[N] apariciones en medios",
  developer_relations: "[N] registros de desarrolladores",
  public_awareness: "[N] personas que [actuaron]",
  communications: "[N] apariciones en medios",
  journalism: "[N] lectores al mes",
  marketing: "[N] leads cualificados",
  sales: "[N] reuniones concertadas",
  real_estate: "[N] consultas de compradores",
  recruiting: "[N] contrataciones",
  consulting: "[N] proyectos con clientes",
  founders_executives: "[N] clientes",
  events: "[N] inscripciones",
  fundraising: "[importe] en donaciones",
  speaking_coaching: "[N] contrataciones pagadas",
  advocacy_campaigns: "[N] registros",
  politics: "[N] voluntarios",
  faith_ministry: "[N] nuevos voluntarios",
  arts_entertainment: "[N] encargos",
  photography_video: "[N] encargos",
  fitness_wellness: "[N] clientes nuevos",
  beauty_fashion: "[N] reservas",
  hospitality: "[N] reservas",
  sports: "[N] acuerdos de patrocinio",
};

function quote(text: string): string {
  return `«${text}»`;
}

function list(items: readonly string[]): string {
  return listWith(items, "y");
}

/** The document with its article: "el currículum", "la propuesta". */
function the(doc: string): string {
  return doc === "propuesta" ? "la propuesta" : `el ${doc}`;
}
function whole(doc: string): string {
  return doc === "propuesta" ? "toda la propuesta" : `todo el ${doc}`;
}

function keepOrDate(words: RuleWords): string {
  if (words.asOf !== "") return `Manténgalo y añada la fecha: ${quote(words.dated)}.`;
  return words.needsFix ? "Manténgalo." : "Manténgalo tal cual.";
}

/** The rewrite that adds what the claim lacks; a craft platform's figure gets what shows the craft, never a sales tail. */
function withResult(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return quote(`${words.dated}, usado por [equipos o empresas]`);
    case "stack_overflow":
      return quote(`${words.dated}, sobre todo respuestas sobre [tema]`);
    case "dribbble":
    case "behance":
      return quote(`${words.dated}; [proyecto] ganó [cliente o premio]`);
    case "kaggle":
      return quote(`${words.dated}: [competición], puesto [N] de [N] equipos`);
    default:
      if (words.owner === "self" && words.relevance !== "core") return quote(`${words.dated}, lo que llevó a [lo que le aportó]`);
      return quote(`${words.dated}, que generó ${words.result}`);
  }
}

/** Una lista de influencers, para un puesto que no la necesita: se elimina, aunque sea de la propia profesión. */
function cutList(words: RuleWords): string {
  return words.showcase ? `Elimínela y ${showcaseInstead(words, "")}.` : "Elimínela: incluso una lista de su profesión clasifica una audiencia, no el trabajo.";
}

function showcaseInstead(words: RuleWords, fallback: string): string {
  return words.showcase ? `destaque en su lugar ${words.showcase}` : fallback;
}

function ownerWords(words: RuleWords): string {
  const on = words.label ? ` de ${words.label}` : "";
  if (words.ownerName) return `la cuenta${on} de ${words.ownerName}`;
  if (words.proposal && words.owner === "organization") return `la cuenta${on} de su agencia`;
  return words.owner === "client" ? `la cuenta${on} de un cliente` : `la cuenta${on} de una organización`;
}

/** The usual engagement bands, said in Spanish. */
const USUAL: Readonly<Record<string, string>> = {
  "2.6–5.7% for brands, up to about 10% for creators": "2,6–5,7 % en marcas, hasta un 10 % en creadores",
  "0.5–1% for brands, a few percent for creators": "0,5–1 % en marcas, un pequeño porcentaje en creadores",
  "about 0.06% for brands": "alrededor del 0,06 % en marcas",
  "about 0.03% for brands": "alrededor del 0,03 % en marcas",
  "a few percent": "un pequeño porcentaje",
  "well under 1%": "muy por debajo del 1 %",
};

function implausibleReason(words: RuleWords): string {
  const figure = capitalise(words.figure);
  const why = words.implausible;
  switch (why?.type) {
    case "over_100":
      return `${figure} supera el 100 %: el lector lo tomará por un error y dudará del resto.`;
    case "off_scale":
      return `${figure} está fuera de la escala de ${words.label ?? "ese servicio"} (${why.min}–${formatNumber(why.max)}): el lector lo tomará por un error y dudará de las cifras cercanas.`;
    case "above_band":
      return `${figure} está muy por encima de lo que suelen lograr las cuentas de ${words.label ?? "esa plataforma"} (${USUAL[why.usual] ?? why.usual}): sin decir cómo se midió, no resulta creíble.`;
    case "likes_above_audience":
      return `${figure} por publicación es más que toda la audiencia de la cuenta (${formatNumber(why.audience.value ?? 0)}): sin una publicación viral, no resulta creíble.`;
    default:
      return `${figure} parece desproporcionado: el lector dudará de él y de las cifras cercanas.`;
  }
}

function craftRewrite(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return `Diga qué muestran las estrellas sobre el trabajo: ${quote(`${words.dated}, usado por [equipos o empresas]`)}.`;
    case "stack_overflow":
      return `Diga con qué la ganó: ${quote(`${words.dated}, sobre todo respuestas sobre [tema]`)}.`;
    case "linkedin":
    case "linkedin_ssi":
      return `Diga qué produjo: ${withResult(words)}.`;
    case "dribbble":
    case "behance":
      return `Diga a qué llevó el trabajo: ${quote(`${words.dated}; [proyecto] ganó [cliente o premio]`)}.`;
    default:
      return `Diga qué muestra del trabajo, y cuándo: ${quote(`${words.dated}, [lo que logró]`)}.`;
  }
}

function rule(words: RuleWords): Worded {
  const { action, roleRef, doc } = words;
  const figure = capitalise(words.figure);
  const label = words.label ?? "Este servicio";
  switch (words.rule) {
    case "hidden_text":
      return {
        reason: `Este texto está oculto en el archivo: el lector no puede verlo, así que no demuestra nada, y un programa que detecte texto oculto puede tratar ${whole(doc)} como relleno de palabras clave.`,
        suggestion: "Borre el texto oculto. Si la cifra importa, póngala a la vista, con lo que logró.",
        covers: ["hidden_text", "no_outcome", "no_timeframe", "vanity_metric", "unverifiable"],
      };
    case "defunct_platform_past_work":
      return {
        reason: `${figure} es el registro del trabajo que hizo entonces, pero ${label} cerró${words.closed ? ` en ${words.closed}` : ""}: nadie puede comprobarlo y ${words.year ? `solo su año (${words.year}) evita que parezca una cifra actual` : "sin su año parece una cifra actual"} de un servicio que ya no existe.`,
        suggestion:
          action === "remove"
            ? "Elimínelo; la línea sirve mejor para un resultado de su trabajo."
            : `Consérvelo como historial, con su año y lo que logró: ${quote(`${words.dated}, [lo que consiguió]`)}.`,
        covers: ["defunct_metric", "stale", "no_timeframe", "unverifiable"],
      };
    case "defunct_score":
      return {
        reason: words.closed
          ? `${label} cerró en ${words.closed}: ${words.figure} hace que ${the(doc)} parezca anticuado y nadie puede comprobarlo.`
          : `${label} ya no existe: ${words.figure} hace que ${the(doc)} parezca anticuado y nadie puede comprobarlo.`,
        suggestion: words.showcase
          ? `Elimínelo y destaque en su lugar ${words.showcase}.`
          : words.relevance === "peripheral"
            ? "Elimínelo; la línea sirve mejor para un resultado de su trabajo."
            : `Elimínelo. Si quiere una cifra, use una actual, con fecha y con lo que logró, por ejemplo ${quote(`[N] seguidores en [plataforma] (a [mes año]), que generó ${words.result}`)}.`,
        covers: ["defunct_metric", "stale", "unverifiable"],
      };
    case "inconsistent_figure":
      return {
        reason: "El documento da dos cifras para esta cuenta, y el lector solo puede creer una.",
        suggestion: `Añada lo que consiguió: ${quote(`${words.dated}, que generó ${words.result}`)}.`,
        covers: [],
      };
    case "guaranteed_figure":
      return {
        reason: `${figure} está prometido, no logrado: una cifra garantizada antes de empezar el trabajo no demuestra nada.`,
        suggestion: "Elimine la garantía; muestre en su lugar lo que logró una campaña anterior para un cliente parecido, con su fecha y su resultado.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "figure_beside_promise":
      return {
        reason: `${figure} puede ser cierto, pero aparece junto a una afirmación que nadie puede comprobar, y eso hace dudar al cliente de ambas.`,
        suggestion: action === "remove" ? "Elimínelo; aquí no aporta nada." : "Quite el superlativo y dé a la cifra su prueba: la cuenta o el enlace, la fecha y lo que consiguió.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "implausible_value":
      return {
        reason: implausibleReason(words),
        suggestion:
          action === "remove"
            ? `Compruébelo o quítelo: para ${roleRef} no aporta nada, y una cifra dudosa cuesta más de lo que da.`
            : `Compruébelo en la fuente y corríjalo${words.kind === "influence_score" ? " (un «Klout 850» suele ser una puntuación de Kred)" : ""}; si es correcto, diga cómo se midió: qué publicaciones, qué periodo.`,
        covers: ["implausible_value"],
      };
    case "tiny_beside_big":
      return {
        reason: `Junto a sus ${words.mainAudience ?? "cifras principales"}, ${words.figure} parece poco y debilita la página.`,
        suggestion: `Elimínelo y deje que hablen sus ${words.mainAudience ?? "cifras principales"}.`,
        covers: ["tiny_beside_big"],
      };
    case "self_label":
      if (action === "reframe") {
        return {
          reason: `${quote(words.text)} es una etiqueta que cualquiera puede atribuirse; el lector quiere la prueba.`,
          suggestion: words.showcase
            ? `Sustituya la etiqueta por la prueba, por ejemplo ${words.showcase}.`
            : `Sustituya la etiqueta por la prueba: la audiencia que ${words.proposal ? "el equipo construyó" : "usted construyó"} y lo que hizo, por ejemplo ${quote(`[cuenta] con [N] seguidores (a [mes año]), que generó ${words.result}`)}.`,
          covers: ["unverifiable"],
        };
      }
      return {
        reason: `${words.proposal ? "Presentar al equipo como" : "Presentarse como"} ${quote(words.text)} suena a autopromoción y ocupa el lugar de la prueba; para ${roleRef}, los resultados pesan más.`,
        suggestion: `Elimine ${quote(words.text)} y ${showcaseInstead(words, "deje que hable un resultado: qué se logró, cuánto y cuándo")}.`,
        covers: ["unverifiable"],
      };
    case "professional_platform_with_outcome":
      return { reason: `${label} es donde ${words.people} muestran su trabajo, y esta cifra viene con un resultado (${words.outcome}): demuestra el oficio.`, suggestion: keepOrDate(words), covers: [] };
    case "professional_platform_score":
      return {
        reason: `${figure} es un indicador por el que se juzga a ${words.people}: puede quedarse, pero lo que produjo su red dice más.`,
        suggestion: words.outcome ? keepOrDate(words) : `Manténgalo y añada lo que produjo su red: ${withResult(words)}.`,
        covers: [],
      };
    case "professional_platform_ranking":
    case "professional_platform":
      return {
        reason: `${label} es donde ${words.people} muestran su trabajo, así que ${words.figure} cuenta aquí${action === "strengthen" ? "; por sí solo, sin embargo, no dice qué logró el trabajo" : ""}.`,
        suggestion: action === "keep" ? "Manténgalo; un enlace al perfil permite comprobarlo." : craftRewrite(words),
        covers: action === "strengthen" ? ["no_outcome", "vanity_metric"] : [],
      };
    case "ranking_sourced":
      if (action === "remove") {
        return {
          reason: `Una lista de influencers dice poco sobre cómo ${words.proposal ? "haría el equipo" : "haría usted"} ${roleRef}; la línea sirve mejor para un resultado.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return { reason: "Una lista con su editor y su año se puede comprobar.", suggestion: "Manténgala; un enlace a la lista facilita comprobarla.", covers: [] };
    case "ranking":
      if (action === "remove") {
        return {
          reason: `Un ranking de «top influencers» dice poco sobre cómo ${words.proposal ? "haría el equipo" : "haría usted"} ${roleRef}; la línea sirve mejor para un resultado.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return {
        reason: `Un ranking solo cuenta si se puede comprobar, y este no dice quién lo publicó${words.year === null ? " ni cuándo" : ""}.`,
        suggestion: `Indique el editor${words.year === null ? " y el año" : ""}: ${quote(`${words.text} ([editor], ${words.year ?? "[año]"})`)}, y enlace la lista si puede.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "live_score": {
      const scale = words.scale && !new RegExp(`(?:/|de\\s?)${words.scale.max.replace(/[^\d]/g, "")}|outreach|level`, "iu").test(words.quote.replace(/[^\p{L}\d/ ]/gu, "")) ? ` de ${words.scale.max}` : "";
      // The scale goes right after the score: "HypeAuditor AQS 91 of 100 (excellent)".
      const scaled = scale === "" ? words.quote : words.quote.includes(words.text) ? words.quote.replace(words.text, `${words.text}${scale}`) : `${words.quote}${scale}`;
      if (action === "strengthen") {
        return {
          reason: `${figure} dice poco sin su escala${words.scale && words.label ? ` (${words.label} va de ${words.scale.min} a ${words.scale.max})` : ""} y sin lo que logró, y las puntuaciones de sitios distintos no se pueden comparar.`,
          suggestion: `Indique la escala y la fecha, ${quote(`${words.asOf === "" ? withKnownYear(scaled, words.year) : appendInside(scaled, words.asOf.slice(2, -1))}`)}, y diga qué hizo la audiencia que hay detrás.`,
          covers: ["no_outcome", "not_comparable"],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} mide actividad en un sitio, no resultados; el lector quiere saber qué produjo su red.`,
          suggestion: `Cámbielo por lo que produjo su red, por ejemplo ${quote(`${words.result} a través de ${words.platform === "linkedin_ssi" ? "LinkedIn" : words.proposal ? "nuestra red" : "mi red"} en ${words.year ?? "[año]"}`)}.`,
          covers: ["no_outcome"],
        };
      }
      return {
        reason: `${figure} no tiene que ver con el trabajo de ${roleRef} y puede parecer tiempo dedicado a otra cosa.`,
        suggestion: `Elimínelo; ${showcaseInstead(words, "use la línea para un resultado del puesto")}.`,
        covers: [],
      };
    }
    case "organization_account":
      if (action === "reframe") {
        return {
          reason: `Gestionar ${ownerWords(words)} es trabajo real, pero no es lo que se valora en ${roleRef}; basta una línea sobre el resultado.`,
          suggestion: words.outcome ? `Redúzcalo a una línea hacia el final que empiece por el resultado (${words.outcome}).` : `Redúzcalo a una línea hacia el final: ${withResult(words)}.`,
          covers: [],
        };
      }
      return {
        reason: words.proposal && words.owner === "organization"
          ? `Es ${ownerWords(words)}: la cifra muestra que el equipo sabe construir una audiencia, lo que cuenta para ${roleRef}.`
          : words.relevance === "core"
            ? `Es ${ownerWords(words)}: la cifra muestra trabajo hecho para ${words.owner === "client" ? "un cliente" : "una organización"}, que es justo de lo que trata ${roleRef}.`
            : `Es ${ownerWords(words)}: la cifra muestra trabajo hecho para ${words.owner === "client" ? "un cliente" : "una organización"} y que sabe construir una audiencia, lo que ayuda en ${roleRef}.`,
        suggestion: words.outcome
          ? words.outcomeElsewhere
            ? `Manténgalo y vincúlelo al resultado que da para ese puesto (${words.outcome})${words.asOf ? `, con la fecha: ${quote(words.dated)}` : ""}.`
            : keepOrDate(words)
          : `Manténgalo y añada la fecha y lo que logró: ${withResult(words)}.`,
        covers: [],
      };
    case "proposal_needs_evidence":
      return {
        reason: `Un cliente querrá comprobar ${words.figure}, y no hay usuario, enlace ni fecha.`,
        suggestion: `Añádalos: ${quote(appendInside(words.quote, `${handleOrLink(words.platform, "@[usuario]", "[enlace]")}, ${words.year ?? "[mes año]"}`))}, y enlace el perfil o la fuente.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "audience_with_outcome":
      if (action === "reframe") {
        return {
          reason: `Para ${roleRef} importa el resultado (${words.outcome}); la cifra de audiencia, mucho menos.`,
          suggestion: `Deje una línea hacia el final ${doc === "propuesta" ? "de la propuesta" : "del currículum"} que empiece por el resultado, con ${words.figure} solo como medio.`,
          covers: [],
        };
      }
      return {
        reason: words.outcomeElsewhere
          ? `${figure} aparece junto a un resultado valioso (${words.outcome}); diga que uno llevó al otro.`
          : `Vincula ${words.figure} con un resultado valioso (${words.outcome}).`,
        suggestion: words.outcomeElsewhere ? `Diga qué parte tuvo en ese resultado, con la fecha: ${quote(`${words.dated}, que generó [su parte del resultado]`)}.` : keepOrDate(words),
        covers: [],
      };
    default:
      if (action === "remove") {
        return {
          reason: `${figure} no es algo por lo que se juzgue ${roleRef}, y puede parecer tiempo restado al trabajo.`,
          suggestion: words.showcase
            ? `Elimínelo y destaque en su lugar ${words.showcase}.`
            : "Elimínelo. Si la audiencia muestra algo que el puesto valora (enseñar, escribir, un proyecto), dígalo en una línea.",
          covers: [],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} solo ayuda en ${roleRef} por lo que produjo: ${words.noun}.`,
          suggestion: `Vincúlelo al puesto, ${withResult(words)}, o redúzcalo a una línea.`,
          covers: ["no_outcome", "vanity_metric"],
        };
      }
      return {
        reason: `${figure} muestra alcance, no resultados: el lector quiere saber qué hizo la audiencia, y cuándo.`,
        suggestion: `Añada el resultado y la fecha: ${withResult(words)}.`,
        covers: ["no_outcome", "vanity_metric", "no_timeframe"],
      };
  }
}

function flag(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "no_outcome":
      return "No dice qué hizo la audiencia.";
    case "vanity_metric":
      return "Por sí sola, una cifra así parece vanidad.";
    case "no_timeframe":
      return "No tiene fecha.";
    case "unverifiable":
      return words.promise
        ? `${quote(words.promise)} es una promesa que nadie puede comprobar; ${words.proposal ? "un cliente" : "el lector"} la lee como un argumento de venta.`
        : words.publicCount !== null
          ? `YouTube muestra los suscriptores redondeados (aquí ${words.publicCount}): quien abra el canal verá otra cifra.`
          : `${words.proposal ? "Un cliente" : "El lector"} no puede comprobarlo: no hay usuario, enlace ni fecha.`;
    case "implausible_value":
      return `${capitalise(words.figure)} parece desproporcionado; compruébelo.`;
    case "inconsistent":
      return words.others.length > 0
        ? `Otra línea da una cifra distinta para la misma cuenta (${list(words.others)}).`
        : "Otra línea da una cifra distinta para la misma cuenta.";
    case "stale":
      if (words.kind === "ranking") return words.year ? `Es de ${words.year}; un reconocimiento reciente pesaría más.` : "Parece un reconocimiento antiguo.";
      if (words.year && (words.pastWork || words.kind === "reach" || words.kind === "engagement")) return `Es de ${words.year}: muestra lo que logró ese trabajo entonces, no una cifra actual.`;
      if (words.year) return `Es de ${words.year}; una cifra tan antigua parece desactualizada.`;
      return words.formerName ? `Llama a X por su antiguo nombre, ${words.formerName}, así que parece desactualizada.` : "Parece desactualizada.";
    case "not_comparable":
      return "Los totales sumados entre sitios distintos no se pueden comparar ni comprobar.";
    case "over_emphasis":
      return `Está donde el lector mira primero, antes del trabajo ${words.proposal ? "que ofrece" : "por el que le contratarían"}.`;
    case "defunct_metric":
      return `${words.label ?? "El servicio"} cerró: nadie puede comprobarlo.`;
    case "hidden_text":
      return "Está oculto para el lector.";
    case "tiny_beside_big":
      return words.mainAudience ? `Junto a sus ${words.mainAudience}, parece poco.` : "Junto a su audiencia principal, parece poco.";
    case "off_target_audience":
      return `El cliente trabaja en ${words.place ?? "un lugar concreto"}; una audiencia en otra parte dice poco sobre llegar a la gente de allí si falta la parte local.`;
    default:
      return null;
  }
}

function missing(parts: { outcome: boolean; date: boolean; vanity: boolean }): string {
  if (!parts.outcome && !parts.date) return parts.vanity ? "Por sí sola, una cifra así parece vanidad." : "";
  const said = parts.outcome && parts.date ? "qué hizo la audiencia ni cuándo" : parts.outcome ? "qué hizo la audiencia" : "cuándo";
  return parts.vanity ? `Da una cifra, pero no dice ${said}: parece vanidad.` : `No dice ${said}.`;
}

function fix(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "inconsistent":
      return "Dé una sola cifra para esta cuenta, con la fecha en que era cierta.";
    case "stale":
      if (words.kind === "ranking") return null;
      if (words.kind === "reach" || words.kind === "engagement" || words.pastWork) return "Deje el año al lado, para que se lea como lo que logró ese trabajo entonces, no como una cifra actual.";
      return "Dé una cifra actual con su fecha, o quítela.";
    case "unverifiable":
      if (words.promise) return `Elimine ${quote(words.promise)} y deje que hablen los resultados medidos.`;
      return words.publicCount !== null ? `Dé la cifra tal como la muestra el canal (${words.publicCount}), o cite YouTube Studio, con su fecha.` : "Añada un usuario o enlace y una fecha.";
    case "off_target_audience":
      return `Indique qué parte de la audiencia está en ${words.place ?? "la zona del cliente"}.`;
    case "implausible_value":
      return "Compruébelo en la fuente.";
    case "over_emphasis":
      return "Redúzcalo a una línea hacia el final.";
    case "not_comparable":
      return "Dé cada plataforma por separado, con su usuario.";
    default:
      return null;
  }
}

function counts(words: HeadlineWords): string {
  const parts: string[] = [];
  const { remove, reframe, strengthen, keep } = words.counts;
  if (remove > 0) parts.push(`${remove} para eliminar`);
  if (reframe > 0) parts.push(`${reframe} para replantear`);
  if (strengthen > 0) parts.push(`${strengthen} para reforzar`);
  if (keep > 0) parts.push(`${keep} para mantener`);
  return list(parts);
}

function headline(words: HeadlineWords): string {
  const { reason, roleRef, doc, showcase } = words;
  if (reason.type === "no_claims") {
    if (reason.relevance === "core") return `Para ${roleRef}, ${the(doc)} no muestra ninguna audiencia construida ni lo que logró: añada uno o dos resultados medidos.`;
    if (reason.relevance === "peripheral") return `No hay cifras de seguidores ni puntuaciones de influencia, lo que está bien para ${roleRef}: nada que cambiar.`;
    if (reason.relevance === "supporting") return `No hay menciones de influencia en línea; para ${roleRef}, una línea sobre su red y lo que produjo (${words.noun}) podría ayudar.`;
    return "No hay menciones de influencia en línea: nada que cambiar.";
  }
  const prefix =
    words.roleState === "none"
      ? "No se indicó un puesto, así que son consejos generales. "
      : words.roleState === "unplaced"
        ? `Aún no sabemos clasificar «${words.roleInput}», así que son consejos generales; añada la oferta de empleo para consejos a su medida. `
        : words.roleState === "unplaced_described"
        ? `Ni «${words.roleInput}» ni su oferta nos permiten aún clasificar el puesto, así que son consejos generales. `
        : "";
  const tally = `Sus menciones de influencia en línea${words.roleState === "placed" ? ` para ${roleRef}` : ""}: ${counts(words)}.`;
  let why: string;
  switch (reason.type) {
    case "hidden":
      why = `Parte ${doc === "propuesta" ? "de la propuesta" : "del currículum"} está oculta al lector; borre el texto oculto antes de enviarlo.`;
      break;
    case "defunct":
      why = `${reason.label} cerró${reason.closed ? ` en ${reason.closed}` : ""}: ${reason.score ? "la puntuación" : "la cifra"} hace que ${the(doc)} parezca anticuado${showcase ? `; destaque en su lugar ${showcase}` : ""}.`;
      break;
    case "implausible":
      why = `${capitalise(reason.figure)} parece desproporcionado, y una cifra dudosa hace dudar del resto: compruébela primero.`;
      break;
    case "over_emphasis":
      why = `Están donde el lector mira primero y quitan sitio al trabajo${showcase ? `; destaque en su lugar ${showcase}` : ""}.`;
      break;
    case "inconsistent":
      why = `Sus cifras de ${reason.label} se contradicen; use una, con su fecha.`;
      break;
    case "tiny":
      why = `${capitalise(reason.figure)} parece poco junto a ${reason.main} y lo debilita.`;
      break;
    case "labels_only":
      why = `Etiquetas como «${reason.label}» piden que le crean sin más; muestre los resultados que hay detrás.`;
      break;
    case "results_elsewhere":
      why = `${capitalise(the(doc))} ya muestra resultados, como ${showcase}: vincule cada cifra de audiencia a un resultado así, y féchela.`;
      break;
    case "reach_not_results":
      why = `Muestran alcance, no resultados: diga qué hicieron sus ${reason.figure} (${words.noun}) y cuándo, y ${words.reader} lo leerá como prueba.`;
      break;
    case "strong":
      why = showcase ? `Vienen con resultados, y ${showcase} es el que hay que destacar.` : "Vienen con resultados, que es lo que busca el lector.";
      break;
    case "craft":
      why = `${list(reason.labels)} muestra${reason.labels.length > 1 ? "n" : ""} el trabajo mismo; diga qué logró y contará.`;
      break;
    case "peripheral":
      why = `Para ${words.proposal ? "este trabajo" : "este puesto"} quitan sitio al trabajo${showcase ? `; destaque en su lugar ${showcase}` : ""}.`;
      break;
    default:
      why = `Vincule cada una a un resultado (${words.noun}) y a una fecha${words.counts.remove + words.counts.reframe + words.counts.strengthen > 0 ? ", y elimine lo que no pueda respaldar" : ""}.`;
  }
  return `${prefix}${tally} ${why}`;
}

function point(point: SummaryPoint): string {
  switch (point.type) {
    case "ruled_out":
      return `La oferta excluye este tipo de trabajo (${point.cue}), así que para este puesto las cifras de audiencia cuentan poco, sea cual sea el título: destaque el trabajo que pide.`;
    case "first_person_bio":
      return `Escriba todas las biografías del equipo en tercera persona, como las demás: ${point.quote} se lee como si la persona hablara de sí misma.`;
    case "hidden":
      return `Borre el texto oculto: el lector no lo ve, y un programa que lo detecte puede tratar ${whole(point.doc)} como relleno de palabras clave.`;
    case "defunct":
      return `Elimine ${point.score ? "la puntuación" : "la cifra"} de ${point.label}: ${point.label} cerró${point.closed ? ` en ${point.closed}` : ""}, hace que ${the(point.doc)} parezca anticuado y no se puede comprobar.`;
    case "over_emphasis":
      return `Para ${point.roleRef}, deje la influencia en línea en una línea como mucho, hacia el final, y solo si muestra algo que el puesto valora.`;
    case "inconsistent":
      return `Sus cifras de ${point.account} se contradicen (${list(point.values)}): use una, con su fecha.`;
    case "implausible":
      return point.remove
        ? `Compruebe ${point.figure} o elimínelo: parece desproporcionado, y una cifra dudosa hace dudar del resto.`
        : `Compruebe ${point.figure}: parece desproporcionado, y una cifra dudosa hace dudar del resto.`;
    case "tiny":
      return `Elimine ${list(point.figures)}: junto a ${point.main}, parece poco.`;
    case "stale":
      return `Dé cifras actuales y fechadas para ${list(point.quotes)}, o quítelas.`;
    case "evidence":
      return "Un cliente comprobará sus cifras: dé a cada una un usuario o enlace y una fecha.";
    case "promises":
      return `Elimine las promesas que nadie puede comprobar (${list(point.quotes)}); un cliente las lee como argumentos de venta, y sus resultados medidos dicen más.`;
    case "off_target":
      return `El cliente trabaja en ${point.place}: para cada gran cifra de audiencia, indique la parte local, o destaque el trabajo hecho allí.`;
    case "bid_peripheral":
      return "Las cifras de audiencia solo tienen sitio en una propuesta si el trabajo implica una audiencia; aquí no, así que destaque resultados de entrega.";
    case "no_claims_core":
      return `Añada uno o dos resultados medidos: la audiencia que construyó y lo que logró (${point.noun}), con la fecha.`;
    case "tie_to_results":
      return point.showcase
        ? `Vincule las cifras de audiencia a lo que lograron (${point.noun}) y a una fecha, como en ${point.showcase}.`
        : `Vincule las cifras de audiencia a lo que lograron (${point.noun}) y a una fecha; una cifra sola parece vanidad.`;
    case "not_comparable":
      return "No sume ni compare cifras de sitios distintos; dé cada plataforma por separado.";
    case "labels":
      return point.cut
        ? `Elimine etiquetas como ${list(point.quotes)}: los resultados convencen más.`
        : `Sustituya etiquetas como ${list(point.quotes)} por las pruebas que hay detrás.`;
    case "ask_met":
      return `La oferta pide ${point.ask}: lo cumple con ${point.figure}${point.links ? "; añada el enlace, como pide" : ""}.`;
    case "ask_unmet":
      return point.best
        ? `La oferta pide ${point.ask}; su cifra mayor es ${point.best}, así que destaque resultados en vez del número.`
        : `La oferta pide ${point.ask}; ${the(point.doc)} no da ninguna cifra que lo cumpla.`;
    case "ask_links":
      return `La oferta pide ${point.ask}: enlace cada perfil que cite.`;
    case "unplaced_role":
      return `Aún no sabemos clasificar «${point.role}»: añada la oferta de empleo y los consejos seguirán lo que pide.`;
  }
}

export const es: Messages = {
  language: "es",
  formatNumber,
  quote,
  list,
  monthYear: (year, month) => `${MONTHS[month - 1] ?? ""} de ${year}`.trim(),
  figure({ kind, value, unit, metric, label, text }) {
    if (value === null || kind === "ranking" || kind === "self_label") return quote(text);
    const number = formatNumber(value);
    const on = label ? ` en ${label}` : "";
    if (kind === "influence_score") {
      if (metric === "reputation") return `${number} de reputación${on}`;
      return `una puntuación de ${label ?? "influencia"} de ${number}`;
    }
    if (unit === "percent") return `una ${metricWords(metric)} del ${number} %${on}`;
    // "1,2 millones de seguidores": a count in millions takes "de".
    return `${number}${value >= 1_000_000 ? " de" : ""} ${metricWords(metric)}${on}`;
  },
  roleRef(input, proposal) {
    if (input === null) return proposal ? "el trabajo" : "el puesto";
    return proposal ? `el trabajo de «${input}»` : `un puesto de «${input}»`;
  },
  doc: (proposal) => (proposal ? "propuesta" : "currículum"),
  reader: (proposal) => (proposal ? "un cliente" : "un reclutador"),
  people: (family) => (family !== null ? PEOPLE[family] : undefined) ?? "los profesionales de su sector",
  outcomeNoun: (family) => (family !== null ? OUTCOME_NOUNS[family] : undefined) ?? "pedidos, leads, registros o contrataciones",
  sponsoredResultPlaceholder: "[N] ventas o registros para la marca",
  tradeResultPlaceholder: (trade) => ({ hospitality: "[N] reservas directas", food: "[N] reservas o pedidos", retail: "[N] pedidos online", visitor: "[N] entradas vendidas o visitas", public: "[N] personas que [actuaron]", software: "[N] registros", education: "[N] solicitudes", health: "[N] citas reservadas", games: "[N] reservas o listas de deseos" } as const)[trade],
  firmResultPlaceholder: "[N] solicitudes de nuevos clientes",
  resultPlaceholder: (family) => (family !== null ? RESULTS[family] : undefined) ?? "[N] pedidos, leads o registros",
  asOf: (year) => (year === null ? "a [mes año]" : `en ${year}`),
  rule,
  flag,
  missing,
  fix,
  headline,
  askNote: (ask, needsLink) => ({
    reason: `Cumple lo que pide la oferta (${ask}).`,
    suggestion: needsLink ? "Añada el enlace al perfil, como pide la oferta." : null,
  }),
  sameLine: (earlier) => `Misma línea que ${quote(earlier)}: una sola reescritura cubre las dos.`,
  point,
};

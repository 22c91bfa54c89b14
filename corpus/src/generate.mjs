// Composes extra hard negatives from many hand-written parts: quotes, status updates and
// scheduling notes full of numbers that are NOT contact details (prices, dates, times,
// durations, counts, ids, versions, hosts). Deterministic (seeded), so the corpus is stable.

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generated() {
  const r = rng(20260315);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const group = (n, sep) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const pad = (n, w) => String(n).padStart(w, '0');

  const total = {
    en: () =>
      pick([
        () => `$${group(int(3, 90) * 50, ',')}`,
        () => `$${group(int(2, 60) * 25, ',')}.00`,
        () => `USD ${group(int(4, 80) * 50, ',')}`,
        () => `€${group(int(3, 50) * 100, ',')}`,
        () => `£${group(int(2, 40) * 40, ',')}`,
        () => `₹${group(int(8, 150) * 500, ',')}`,
        () => `CA$${group(int(6, 40) * 100, ',')}`,
        () => `A$${group(int(6, 40) * 75, ',')}`,
        () => `₦${group(int(50, 900) * 1000, ',')}`,
        () => `₱${group(int(5, 60) * 1000, ',')}`,
        () => `AED ${group(int(10, 90) * 100, ',')}`,
      ])(),
    es: () =>
      pick([
        () => `${group(int(3, 60) * 50, '.')} €`,
        () => `$${group(int(5, 90) * 1000, '.')} MXN`,
        () => `${group(int(2, 40) * 100000, '.')} COP`,
      ])(),
    pt: () =>
      pick([
        () => `R$ ${group(int(3, 90) * 100, '.')},00`,
        () => `${group(int(3, 40) * 100, '.')} €`,
      ])(),
    fr: () =>
      pick([
        () => `${group(int(3, 60) * 100, '\u202f')} € HT`,
        () => `${group(int(2, 40) * 100, '\u202f')} € TTC`,
      ])(),
    de: () =>
      pick([
        () => `${group(int(3, 80) * 50, '.')},00 €`,
        () => `${group(int(2, 30) * 100, '.')} € netto`,
      ])(),
    ru: () =>
      pick([
        () => `${group(int(10, 150) * 1000, '\u00a0')} ₽`,
        () => `${group(int(5, 60) * 1000, '\u00a0')} руб.`,
      ])(),
  };
  const rate = {
    en: () =>
      pick([
        () => `$${int(15, 95)}/hr`,
        () => `€${int(25, 110)}/h`,
        () => `£${int(20, 80)} an hour`,
        () => `$${int(18, 70)} per hour`,
      ])(),
    es: () => pick([() => `${int(15, 60)} USD la hora`, () => `${int(20, 70)} €/h`])(),
    pt: () => pick([() => `R$ ${int(40, 180)}/hora`, () => `${int(15, 50)} USD por hora`])(),
    fr: () => pick([() => `${int(300, 700)} € par jour`, () => `${int(35, 90)} € de l'heure`])(),
    de: () => pick([() => `${int(55, 120)} € pro Stunde`, () => `${int(400, 900)} € Tagessatz`])(),
    ru: () =>
      pick([
        () => `${int(15, 50)} $ в час`,
        () => `${group(int(15, 40) * 100, '\u00a0')} ₽ в час`,
      ])(),
  };
  const MONTHS = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
  // One format per call, so a range reads the same on both ends.
  const fmt = () =>
    pick([
      (m, d) => `2026-${pad(m, 2)}-${pad(d, 2)}`,
      (m, d) => `${m}/${d}/2026`,
      (m, d) => `${pad(d, 2)}/${pad(m, 2)}/2026`,
      (m, d) => `${MONTHS[m - 1]} ${d}`,
      (m, d) => `${d} ${MONTHS[m - 1]} 2026`,
    ]);
  const date = {
    en: () => fmt()(int(1, 12), int(1, 28)),
    range: () => {
      const f = fmt();
      const m = int(1, 11);
      const d = int(1, 20);
      return `${f(m, d)} to ${f(m + (r() < 0.5 ? 0 : 1), d + int(1, 8))}`;
    },
    day: () => `${pick(DAYS)} ${int(1, 12)}/${int(1, 28)}`,
    dotted: () => `${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2026`,
    slashed: () => `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2026`,
  };
  const ZONES = [
    'CET',
    'EST',
    'PST',
    'GMT',
    'IST',
    'UTC',
    'BST',
    'AEST',
    'PHT',
    'WIB',
    'EAT',
    'GST',
    'CST',
    'UTC+5:30',
    'UTC-3',
    'GMT+8',
  ];
  const time = () =>
    pick([
      () => `${int(8, 18)}:${pick(['00', '15', '30', '45'])} ${pick(ZONES)}`,
      () => `${int(7, 11)}am ${pick(['EST', 'PST', 'CT', 'ET', 'GMT'])}`,
      () => `${int(1, 6)}pm ${pick(['EST', 'PST', 'CT', 'ET', 'BST'])}`,
    ])();
  const hours = () => `${int(8, 10)}:00–${int(16, 19)}:00 ${pick(ZONES)}`;
  const duration = () =>
    pick([
      '48 hours',
      '72 hours',
      '3–5 business days',
      '2 weeks',
      '10 working days',
      '6 weeks',
      '24h',
      '3 sprints',
      '5–7 days',
      'a week',
    ]);
  const UNITS = [
    'pages',
    'icons',
    'screens',
    'blog posts',
    'videos',
    'banners',
    'product descriptions',
    'illustrations',
    'slides',
    'email templates',
  ];
  const count = () =>
    pick([
      () => `${int(3, 30)} ${pick(UNITS)}`,
      () => `${int(2, 5)} revisions`,
      () => `${group(int(5, 40) * 100, ',')} words`,
      () => `${int(20, 900)} SKUs`,
    ])();
  const id = () =>
    pick([
      () => `order #${int(40000000, 49999999)}`,
      () => `INV-2026-${pad(int(1, 999), 6)}`,
      () => `ticket ${int(4000000, 4999999)}`,
      () => `milestone ${int(30000000, 39999999)}`,
      () => `PO ${int(4500000000, 4500099999)}`,
      () => `case ${pad(int(5000000, 5999999), 8)}`,
      () => `contract #${int(20000000, 29999999)}`,
      () => `PROJ-${int(100, 9999)}`,
    ])();
  const version = () =>
    pick([
      () => `v${int(1, 5)}.${int(0, 20)}.${int(0, 12)}`,
      () => `Node ${pick(['20.19.0', '22.11.0', '18.20.4', '20.11.1'])}`,
      () => `iOS ${pick(['17.4.1', '18.2', '17.6.1'])}`,
      () => `build ${int(1000, 9999)}`,
      () => `PHP ${pick(['8.2.17', '8.3.4', '8.1.27'])}`,
      () => `Python ${pick(['3.11.7', '3.12.2', '3.10.13'])}`,
    ])();
  const host = () =>
    pick([
      () => `10.0.${int(0, 9)}.${int(2, 250)}`,
      () => `192.168.${int(0, 20)}.${int(2, 250)}`,
      () => `172.16.${int(0, 31)}.${int(2, 250)}`,
      () =>
        pick([
          'api.staging.internal',
          'db-replica-2.internal',
          'worker-03.eu-west-1.compute.internal',
          'staging.shopfront.test',
          'ci-runner.local',
        ]),
    ])();

  const opener = () =>
    pick([
      '',
      '',
      'Quick update: ',
      'Hi Dana, ',
      'Morning! ',
      'Heads-up: ',
      'FYI — ',
      'Hey, ',
      'Small correction: ',
      'Recap: ',
      'As discussed, ',
      'Re the estimate — ',
      'Following up: ',
      'Sure thing — ',
      'Thanks! ',
      'Hello again, ',
      'Noted. ',
      'Ok so ',
      'Just confirming: ',
    ]);
  const closer = () =>
    pick([
      '',
      '',
      '',
      ' Let me know!',
      ' Sound ok?',
      ' 🙂',
      ' Thanks.',
      ' Does that work?',
      ' Happy to adjust.',
      ' No rush.',
    ]);
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

  const EN = [
    () => `the revised quote is ${total.en()} for ${count()}, delivered by ${date.en()}.`,
    () => `I logged ${int(3, 40)}${pick(['', '.5'])} hours this week; ${id()} covers it.`,
    () => `can we move the platform call to ${date.day()} at ${time()}?`,
    () => `${version()} fixed the crash from ${date.en()}, so ${id()} can be closed.`,
    () =>
      `staging (${host()}) is back up and ${version()} went out at ${int(10, 23)}:${pick(['05', '20', '40', '55'])}.`,
    () =>
      `the budget stays at ${total.en()}; timeline ${duration()}, ${int(2, 4)} revisions included.`,
    () => `I'm around ${hours()} on weekdays — just start the video call here.`,
    () => `first draft in ${duration()}, final by ${date.en()}.`,
    () => `${count()} for ${total.en()} in total, paid per milestone.`,
    () => `the client approved ${id()}; the next milestone (${total.en()}) is due ${date.en()}.`,
    () =>
      `support says ${id()} will be looked at within ${pick(['24 hours', '2 business days', '48 hours'])}.`,
    () =>
      `export settings: ${pick(['1920x1080', '1080x1350', '3840×2160', '1280×720', '2048x2048'])}, ${pick(['24', '25', '30', '60'])} fps, under ${int(20, 200)} MB.`,
    () => `I'll be offline ${date.range()}, replies may take a day.`,
    () =>
      `we went from ${group(int(1000, 9000), ',')} to ${group(int(9001, 40000), ',')} followers in ${int(2, 9)} months on the brand account.`,
    () => `the payout of ${total.en()} for ${id()} should clear in ${int(2, 7)} days.`,
    () => `estimate: ${int(8, 30)}–${int(31, 80)} hours at ${rate.en()}.`,
    () => `please upload the ${count()} here by ${date.en()}, ${time()}.`,
    () =>
      `the report covers ${date.range()}: ${group(int(2000, 90000), ',')} sessions, ${int(1, 9)}.${int(0, 9)}% conversion.`,
    () =>
      `port ${pick(['8080', '3000', '5432', '6379', '8443'])} on ${host()} is closed, that's why the health check fails.`,
    () =>
      `upgrading to ${version()} on ${date.en()} — expect ${int(5, 30)} minutes of downtime around ${time()}.`,
    () => `I can start ${date.en()} and commit ${int(10, 40)} hrs/week for ${int(2, 6)} months.`,
    () => `milestone ${int(1, 3)} of ${int(4, 6)}: ${total.en()}, due ${date.en()}.`,
    () => `${int(4, 12)} of the ${int(13, 40)} ${pick(UNITS)} are done; the rest in ${duration()}.`,
    () =>
      `a rush delivery (${pick(['48 hours', '72 hours', '24h'])}) would be ${total.en()} instead of the standard rate.`,
    () => `my rate is ${rate.en()}, billed weekly through the work diary.`,
  ];
  const ML = {
    es: [
      () =>
        `el presupuesto queda en ${total.es()} por ${int(3, 30)} páginas, entrega el ${date.slashed()}.`,
      () =>
        `¿movemos la videollamada de la plataforma al ${date.slashed()} a las ${int(9, 19)}:${pick(['00', '30'])} (hora de Madrid)?`,
      () =>
        `el pedido n.º ${int(2026000, 2026999)} y la factura FAC-${pad(int(1, 999), 6)} ya están en el sistema.`,
      () => `calculo entre ${int(10, 20)} y ${int(21, 45)} horas, a ${rate.es()}.`,
      () =>
        `van ${int(5, 40)} de ${int(41, 80)} fichas listas; el resto en ${int(2, 6)} días hábiles.`,
    ],
    pt: [
      () =>
        `o orçamento fica em ${total.pt()} para ${int(5, 40)} posts, entrega até ${date.slashed()}.`,
      () =>
        `podemos fazer a chamada aqui na plataforma dia ${date.slashed()} às ${int(9, 19)}h (horário de Brasília)?`,
      () => `o pedido nº ${int(50000000, 59999999)} já foi aprovado, falta o marco ${int(2, 4)}.`,
      () => `estimo de ${int(10, 20)} a ${int(21, 50)} horas, a ${rate.pt()}.`,
      () =>
        `a versão ${int(1, 4)}.${int(0, 12)}.${int(0, 9)} do app corrigiu o bug do dia ${date.slashed()}.`,
    ],
    fr: [
      () =>
        `le devis passe à ${total.fr()} pour ${int(5, 40)} visuels, livraison le ${date.slashed()}.`,
      () =>
        `on décale l'appel sur la plateforme au ${date.slashed()} à ${int(9, 18)} h ${pick(['00', '30'])} ?`,
      () => `la facture F-2026-${pad(int(1, 999), 4)} correspond au jalon ${int(1, 4)}.`,
      () =>
        `il me faut ${int(2, 10)} jours ouvrés pour ${group(int(20, 150) * 100, '\u202f')} mots, à ${rate.fr()}.`,
    ],
    de: [
      () =>
        `das Angebot liegt bei ${total.de()} für ${int(5, 40)} Seiten, Abgabe am ${date.dotted()}.`,
      () =>
        `können wir den Videocall hier auf der Plattform auf den ${date.dotted()}, ${int(9, 18)}:${pick(['00', '30'])} Uhr verschieben?`,
      () =>
        `Rechnung RE-2026-${pad(int(1, 999), 5)} ist raus, Auftrag ${int(4500000000, 4500099999)}.`,
      () => `ich schätze ${int(10, 25)}–${int(26, 60)} Stunden, ${rate.de()}.`,
    ],
    ru: [
      () => `бюджет ${total.ru()} за ${int(3, 20)} экранов, сдача ${date.dotted()}.`,
      () =>
        `давайте перенесём созвон на платформе на ${date.dotted()} в ${int(10, 19)}:${pick(['00', '30'])} по Москве?`,
      () =>
        `заказ № ${int(40000000, 49999999)} закрыт, счёт № ${int(100, 999)} оплачен через платформу.`,
      () => `оцениваю в ${int(10, 25)}–${int(26, 60)} часов, ставка ${rate.ru()}.`,
    ],
  };
  const items = [];
  const seen = new Set();
  const add = (text, lang) => {
    if (seen.has(text)) return false;
    seen.add(text);
    items.push({ kind: 'H', categories: [], text, ...(lang ? { lang } : {}) });
    return true;
  };
  let guard = 0;
  while (items.length < 115 && guard++ < 10000) {
    const o = opener();
    const body = pick(EN)();
    add(
      `${o}${o === '' || /[—:,] $/.test(o) ? (o === '' ? cap(body) : body) : cap(body)}${closer()}`,
    );
  }
  for (const [lang, templates] of Object.entries(ML)) {
    let made = 0;
    while (made < 14 && guard++ < 20000) if (add(cap(pick(templates)()), lang)) made++;
  }
  return items;
}

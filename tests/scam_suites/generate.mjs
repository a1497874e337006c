#!/usr/bin/env node
// Waspada scam functional test suites: expands tests/scam_suites/templates/<lang>.json into
// tests/scam_suites/<lang>.jsonl. Plain Node >= 18, no dependencies, deterministic.
// See tests/scam_suites/README.md.
//
//   node tests/scam_suites/generate.mjs            validate, generate, print the table
//   node tests/scam_suites/generate.mjs --check    validate and print the table, write nothing
//   node tests/scam_suites/generate.mjs en ms      only these languages
//   node tests/scam_suites/generate.mjs --tuning tests/scam_tuning
//                                                  another folder (DIR/templates -> DIR/<lang>.jsonl)
//                                                  whose every template is for development: a
//                                                  second writer's tuning set, ids <lang>.<w>.<kind>.<n>

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let HERE = dirname(fileURLToPath(import.meta.url));
let TEMPLATE_DIR = join(HERE, 'templates');
// A tuning set (`--tuning DIR`) is written to tune on: no template is held back, and its ids carry
// the writer's letter so they can never collide with this suite's.
let TUNING = false;

/** Reads templates from DIR/templates and writes DIR/<lang>.jsonl, no template held back. */
export function useTuningSet(dir) {
  HERE = dir;
  TEMPLATE_DIR = join(dir, 'templates');
  TUNING = true;
}

// Kinds, in table order, with the label Waspada must give.
export const KINDS = [
  ['bank_phishing', 'scam'],
  ['ewallet_phishing', 'scam'],
  ['parcel', 'scam'],
  ['government_refund', 'scam'],
  ['fake_official', 'scam'],
  ['task_job', 'scam'],
  ['investment', 'scam'],
  ['illegal_loan', 'scam'],
  ['romance', 'scam'],
  ['giveaway', 'scam'],
  ['apk_remote', 'scam'],
  ['otp_request', 'scam'],
  ['family_impostor', 'scam'],
  ['voicemail', 'scam'],
  ['bank_notice', 'none'],
  ['otp_message', 'none'],
  ['delivery_update', 'none'],
  ['job_post', 'none'],
  ['shop_promo', 'none'],
  ['scam_warning', 'none'],
  ['official_notice', 'none'],
  ['family_chat', 'none'],
  ['investment_talk', 'none'],
];
const KIND_EXPECT = new Map(KINDS);
const LANGS = ['en', 'ms', 'id', 'fil', 'th', 'vi', 'my'];
const MIN_TEMPLATES = 5;
const MIN_CASES = 30;
const MAX_PER_TEMPLATE = 8;

// Language -> country whose formats (phone, currency, names) the generated placeholders use.
// English has no single country: a case takes the country of its brand (a slot value's "cc"),
// else the template's "cc", else one of EN_ROTATION chosen deterministically per case.
const LANG_CC = { ms: 'my', id: 'id', fil: 'ph', th: 'th', vi: 'vn', my: 'mm', en: null };
const EN_ROTATION = ['us', 'uk', 'sg', 'au'];
const COUNTRIES = ['my', 'id', 'ph', 'th', 'vn', 'mm', 'us', 'uk', 'sg', 'au'];

// Generated placeholders; a trailing digit gives an independent second value ({AMOUNT2}).
const GENERATED = new Set(['FAKE_URL', 'REAL_URL', 'PHONE', 'AMOUNT', 'HOURS', 'CODE', 'NAME', 'LAST4', 'TRACKNO', 'REF', 'DATE', 'TIME']);
const HINTS = {
  AMOUNT: new Set(['small', 'low', 'mid', 'big']),
  PHONE: new Set(['mobile', 'landline', 'tollfree']),
};
const PH_RE = /\{([A-Z][A-Z0-9_]*)(?::([A-Za-z0-9_]+))?(?:\.([a-z][a-z0-9_]*))?\}/g;
const baseGen = (name) => {
  if (GENERATED.has(name)) return name;
  const b = name.replace(/[0-9]$/, '');
  return GENERATED.has(b) ? b : null;
};

// ---------------------------------------------------------------------------------------------
// Small helpers

export function fnv1a32(str) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(str)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// mulberry32, seeded from an FNV hash: deterministic and platform-independent.
function rngFrom(seedStr) {
  let a = fnv1a32(seedStr);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const alnum = (n, set = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') =>
    Array.from({ length: n }, () => set[int(0, set.length - 1)]).join('');
  return { next, int, pick, digits, alnum };
}

const graphemeSeg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s) => Array.from(graphemeSeg.segment(s), (x) => x.segment);
function capitaliseFirst(s) {
  const gs = graphemes(s);
  for (let i = 0; i < gs.length; i++) {
    if (/^\p{L}/u.test(gs[i])) {
      gs[i] = gs[i].toUpperCase();
      break;
    }
    if (!/^[\s"'“‘«(\[]$/u.test(gs[i])) break;
  }
  return gs.join('');
}

const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
const valueName = (v) => (typeof v === 'string' ? v : v.name);

function groupDigits(intStr, sep) {
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
const MY_DIGITS = '၀၁၂၃၄၅၆၇၈၉';
const toBurmeseDigits = (s) => s.replace(/[0-9]/g, (d) => MY_DIGITS[+d]);

// ---------------------------------------------------------------------------------------------
// Country data for generated placeholders

const NAMES = {
  my: ['Ahmad Faizal', 'Nurul Aina', 'Tan Wei Ming', 'Siti Hajar', 'Muthu Kumar', 'Lim Mei Ling', 'Mohd Hafiz', 'Priya Devi', 'Wong Kah Wai', 'Aisyah Rahman'],
  id: ['Budi Santoso', 'Siti Rahmawati', 'Agus Setiawan', 'Dewi Lestari', 'Rudi Hartono', 'Putri Ayu', 'Andi Pratama', 'Rina Wulandari', 'Wahyu Nugroho', 'Fitri Handayani'],
  ph: ['Juan dela Cruz', 'Maria Santos', 'Jose Reyes', 'Ana Garcia', 'Mark Villanueva', 'Kristine Bautista', 'Paolo Ramos', 'Jenny Mendoza', 'Rodel Aquino', 'Liza Fernandez'],
  th: ['สมชาย ใจดี', 'สมศรี รักไทย', 'วิชัย ศรีสุข', 'นภา แก้วมณี', 'ธนพล วงศ์ทอง', 'พิมพ์ชนก สุขสวัสดิ์', 'อนุชา บุญมา', 'กัญญา ทองดี'],
  vn: ['Nguyễn Văn An', 'Trần Thị Hoa', 'Lê Minh Tuấn', 'Phạm Thu Hằng', 'Hoàng Đức Anh', 'Vũ Thị Lan', 'Đặng Quốc Bảo', 'Bùi Ngọc Mai'],
  mm: ['အောင်ကျော်မိုး', 'ခင်မာဝင်း', 'ဇော်မင်းထွန်း', 'နီလာဝင်း', 'ကျော်ဇင်ထွန်း', 'သီတာအောင်', 'မင်းခန့်', 'ဖြိုးဝေ'],
  us: ['Michael Johnson', 'Jennifer Davis', 'David Miller', 'Sarah Wilson', 'James Brown', 'Emily Clark', 'Robert Garcia', 'Ashley Moore'],
  uk: ['James Walker', 'Sophie Taylor', 'Oliver Hughes', 'Emma Wright', 'Daniel Evans', 'Charlotte Green', 'Thomas Wood', 'Hannah Lewis'],
  sg: ['Tan Wei Jie', 'Nur Aisyah', 'Rajesh Kumar', 'Lim Hui Min', 'Chua Kok Leong', 'Siti Zulaikha', 'Goh Jia Hui', 'Daniel Ng'],
  au: ['Jack Thompson', 'Olivia Martin', 'Liam White', 'Chloe Harris', 'Noah Robinson', 'Mia Walker', 'Lachlan Scott', 'Ruby King'],
};

function phone(cc, hint, r) {
  const d = r.digits;
  switch (cc) {
    case 'my':
      if (hint === 'landline') return r.pick([`03-${d(4)} ${d(4)}`, `03-${d(4)}${d(4)}`, `04-${d(3)} ${d(4)}`]);
      if (hint === 'tollfree') return `1-300-${d(2)}-${d(4)}`;
      {
        const p = r.pick(['012', '013', '014', '016', '017', '019', '011']);
        const rest = p === '011' ? `${d(4)} ${d(4)}` : `${d(3)} ${d(4)}`;
        return r.pick([`${p}-${rest}`, `${p}-${rest.replace(' ', '')}`, `+6${p}-${rest}`]);
      }
    case 'id':
      if (hint === 'landline') return r.pick([`021-${d(7)}`, `(021) ${d(4)} ${d(4)}`, `031-${d(7)}`]);
      if (hint === 'tollfree') return `1500${d(3)}`;
      {
        const p = r.pick(['0812', '0813', '0821', '0852', '0857', '0878', '0838', '0895']);
        const a = d(4);
        const b = d(4);
        return r.pick([`${p}-${a}-${b}`, `${p}${a}${b}`, `+62 ${p.slice(1)} ${a} ${b}`, `${p} ${a} ${b}`]);
      }
    case 'ph':
      if (hint === 'landline') return r.pick([`(02) 8${d(3)} ${d(4)}`, `02-8${d(3)}-${d(4)}`]);
      if (hint === 'tollfree') return `1-800-10-${d(3)}-${d(4)}`;
      {
        const p = r.pick(['0917', '0918', '0919', '0927', '0945', '0956', '0966', '0995', '0908', '0998']);
        const a = d(3);
        const b = d(4);
        return r.pick([`${p} ${a} ${b}`, `${p}${a}${b}`, `+63 ${p.slice(1)} ${a} ${b}`, `${p}-${a}-${b}`]);
      }
    case 'th':
      if (hint === 'landline' || hint === 'tollfree') return r.pick([`02-${d(3)}-${d(4)}`, `02 ${d(3)} ${d(4)}`]);
      {
        const p = r.pick(['08', '09', '06']) + d(1);
        return r.pick([`${p}-${d(3)}-${d(4)}`, `${p}${d(7)}`, `${p} ${d(3)} ${d(4)}`]);
      }
    case 'vn':
      if (hint === 'landline') return r.pick([`024 ${d(4)} ${d(4)}`, `028 ${d(4)} ${d(4)}`, `024.${d(4)}.${d(4)}`]);
      if (hint === 'tollfree') return r.pick([`1900 ${d(4)}`, `1800 ${d(4)}`, `1900${d(4)}`]);
      {
        const p = r.pick(['090', '091', '093', '097', '098', '086', '032', '035', '070', '083', '088']) + d(1);
        const a = d(3);
        const b = d(3);
        return r.pick([`${p} ${a} ${b}`, `${p}.${a}.${b}`, `${p}${a}${b}`]);
      }
    case 'mm':
      if (hint === 'landline' || hint === 'tollfree') return r.pick([`01-${d(3)} ${d(3)}`, `01 ${d(6)}`]);
      {
        const p = r.pick(['25', '26', '40', '42', '44', '45', '69', '79', '96', '97', '98', '95']);
        const a = d(3);
        const b = d(4).slice(0, p.startsWith('4') || p.startsWith('2') ? 3 : 4);
        const plain = `09${p}${a}${b}`;
        return r.pick([`09-${p}${a}${b}`, plain, `+95 9 ${p}${a} ${b}`, `09 ${p}${a} ${b}`, toBurmeseDigits(plain)]);
      }
    case 'us': {
      if (hint === 'tollfree') return r.pick([`1-888-${d(3)}-${d(4)}`, `1-877-${d(3)}-${d(4)}`, `(800) ${d(3)}-${d(4)}`]);
      const a = r.pick(['202', '213', '312', '415', '646', '702', '786', '917', '469', '321']);
      return r.pick([`(${a}) ${r.int(2, 9)}${d(2)}-${d(4)}`, `+1 ${a}-${r.int(2, 9)}${d(2)}-${d(4)}`, `${a}-${r.int(2, 9)}${d(2)}-${d(4)}`]);
    }
    case 'uk':
      if (hint === 'landline') return r.pick([`020 ${r.int(3, 8)}${d(3)} ${d(4)}`, `0161 ${d(3)} ${d(4)}`, `0121 ${d(3)} ${d(4)}`]);
      if (hint === 'tollfree') return `0800 ${d(3)} ${d(4)}`;
      {
        const p = `07${r.pick(['4', '5', '7', '8', '9'])}${d(2)}`;
        const rest = d(6);
        return r.pick([`${p} ${rest}`, `+44 ${p.slice(1)} ${rest}`, `${p}${rest}`]);
      }
    case 'sg':
      if (hint === 'landline') return `6${d(3)} ${d(4)}`;
      if (hint === 'tollfree') return `1800 ${d(3)} ${d(4)}`;
      {
        const n = `${r.pick(['8', '9'])}${d(3)} ${d(4)}`;
        return r.pick([n, `+65 ${n}`, n.replace(' ', '')]);
      }
    case 'au':
      if (hint === 'landline') return r.pick([`(02) ${r.int(8, 9)}${d(3)} ${d(4)}`, `(03) 9${d(3)} ${d(4)}`]);
      if (hint === 'tollfree') return `1800 ${d(3)} ${d(3)}`;
      {
        const p = `04${d(2)}`;
        const a = d(3);
        const b = d(3);
        return r.pick([`${p} ${a} ${b}`, `+61 ${p.slice(1)} ${a} ${b}`]);
      }
    default:
      throw new Error(`no phone format for ${cc}`);
  }
}

// Amount tiers: small = a fee (redelivery, toll, shipping), low = everyday spending (a meal out,
// a bill, pocket money), mid = a refund or a payment, big = a loan, an investment, a prize.
const LOW = {
  my: [20, 250, 5], id: [50000, 750000, 5000], ph: [200, 2500, 50], th: [100, 1500, 10], vn: [100000, 1500000, 10000],
  mm: [10000, 150000, 1000], us: [20, 200, 1], uk: [15, 150, 1], sg: [20, 200, 1], au: [20, 200, 1],
};
function amount(cc, tier, r) {
  if (tier === 'low') {
    const [lo, hi, step] = LOW[cc];
    const n = r.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
    return amountFormat(cc, n, r);
  }
  return amountTier(cc, tier, r);
}

// Formats a whole amount the way the tier functions below do.
function amountFormat(cc, n, r) {
  const comma = groupDigits(String(n), ',');
  const dot = groupDigits(String(n), '.');
  switch (cc) {
    case 'my': return r.pick([`RM${comma}`, `RM ${comma}`, `RM${comma}.00`]);
    case 'id': return r.pick([`Rp${dot}`, `Rp ${dot}`, `Rp${dot},-`]);
    case 'ph': return r.pick([`₱${comma}`, `P${comma}`, `PHP ${comma}`, `Php${comma}.00`]);
    case 'th': return r.pick([`${comma} บาท`, `฿${comma}`, `${comma} บ.`]);
    case 'vn': return r.pick([`${dot}đ`, `${dot} VNĐ`, `${n / 1000}k`]);
    case 'mm': return r.pick([`${comma} ကျပ်`, `${toBurmeseDigits(comma)} ကျပ်`, `${comma} Ks`]);
    case 'us': return r.pick([`$${comma}`, `$${comma}.00`]);
    case 'uk': return r.pick([`£${comma}`, `£${comma}.00`]);
    case 'sg': return r.pick([`$${comma}`, `S$${comma}`]);
    case 'au': return r.pick([`$${comma}`, `$${comma}.00`]);
    default: throw new Error(`no currency for ${cc}`);
  }
}

function amountTier(cc, tier, r) {
  const nice = (lo, hi, step) => r.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
  const dotDec = (n, dec) => groupDigits(String(Math.trunc(n)), ',') + (dec ? '.' + String(Math.round((n % 1) * 100)).padStart(2, '0') : '');
  const smallCents = () => r.pick([1.5, 1.99, 2.5, 2.99, 3.2, 3.5, 4.5, 4.99, 5.8, 6.5, 8.9, 9.9, 1.45, 2.35]);
  switch (cc) {
    case 'my': {
      const n = tier === 'small' ? smallCents() : tier === 'big' ? nice(5000, 80000, 500) : nice(50, 3000, 10);
      const dec = n % 1 !== 0 || r.next() < 0.3;
      return r.pick([`RM${dotDec(n, dec)}`, `RM ${dotDec(n, dec)}`, `RM${dotDec(n, dec).replace(/,/g, '')}`]);
    }
    case 'id': {
      const n = tier === 'small' ? nice(5000, 35000, 500) : tier === 'big' ? nice(10e6, 500e6, 5e6) : nice(250000, 9500000, 50000);
      const g = groupDigits(String(n), '.');
      const juta = n >= 1e6 && n % 100000 === 0 ? `${String(n / 1e6).replace('.', ',')} juta` : null;
      return r.pick([`Rp${g}`, `Rp ${g}`, `Rp${g},-`, juta ? `Rp${juta}` : `IDR ${g}`, `Rp ${g}`]);
    }
    case 'ph': {
      const n = tier === 'small' ? nice(25, 199, 1) : tier === 'big' ? nice(50000, 800000, 5000) : nice(1000, 25000, 50);
      const g = groupDigits(String(n), ',');
      return r.pick([`₱${g}`, `P${g}.00`, `PHP ${g}`, `Php${g}`, `₱${g}.00`]);
    }
    case 'th': {
      const n = tier === 'small' ? r.pick([15, 19, 25, 29, 35, 39, 45, 49, 59, 69, 89, 99]) : tier === 'big' ? nice(50000, 2000000, 10000) : nice(500, 30000, 50);
      const g = groupDigits(String(n), ',');
      return r.pick([`${g} บาท`, `฿${g}`, `${g}.00 บาท`, `${g} บ.`]);
    }
    case 'vn': {
      const n = tier === 'small' ? nice(15000, 50000, 1000) : tier === 'big' ? nice(50e6, 2e9, 10e6) : nice(500000, 20000000, 100000);
      const g = groupDigits(String(n), '.');
      const words = n >= 1e9 ? `${String(n / 1e9).replace('.', ',')} tỷ` : n >= 1e6 ? `${String(n / 1e6).replace('.', ',')} triệu` : `${n / 1000}k`;
      return r.pick([`${g}đ`, `${g} VNĐ`, `${g} VND`, words, `${g} đồng`]);
    }
    case 'mm': {
      const n = tier === 'small' ? nice(1500, 10000, 500) : tier === 'big' ? nice(5e6, 100e6, 1e6) : nice(50000, 2000000, 5000);
      const g = groupDigits(String(n), ',');
      const forms = [`${g} ကျပ်`, `${toBurmeseDigits(g)} ကျပ်`, `${g} Ks`, `MMK ${g}`];
      if (n >= 1e6 && n % 100000 === 0) forms.push(`သိန်း ${toBurmeseDigits(String(n / 100000))}`, `${n / 100000} သိန်း`);
      return r.pick(forms);
    }
    case 'us':
    case 'uk':
    case 'sg':
    case 'au': {
      const n = tier === 'small' ? smallCents() + r.pick([0, 0, 1, 2]) : tier === 'big' ? nice(10000, 250000, 500) : nice(150, 3000, 5);
      const dec = n % 1 !== 0 || r.next() < 0.3;
      const sym = { us: ['$', 'USD '], uk: ['£', 'GBP '], sg: ['$', 'S$', 'SGD '], au: ['$', 'A$', 'AUD '] }[cc];
      return `${r.pick(sym)}${dotDec(n, dec)}`;
    }
    default:
      throw new Error(`no currency for ${cc}`);
  }
}

function trackNo(cc, r) {
  const up = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const CC = { my: 'MY', id: 'ID', ph: 'PH', th: 'TH', vn: 'VN', mm: 'MM', us: 'US', uk: 'GB', sg: 'SG', au: 'AU' }[cc];
  return r.pick([
    `${r.alnum(2, up)}${r.digits(9)}${CC}`,
    `${r.pick(['JT', 'SPX', 'NV', 'EX', 'LX'])}${CC}${r.digits(10)}`,
    `${r.digits(12)}`,
  ]);
}

function dateStr(cc, r) {
  const day = r.int(1, 28);
  const mon = r.int(1, 12);
  const dd = String(day).padStart(2, '0');
  const mm = String(mon).padStart(2, '0');
  if (cc === 'us') return r.pick([`${mon}/${day}`, `${mm}/${dd}`]);
  if (cc === 'mm' && r.next() < 0.4) return toBurmeseDigits(`${dd}/${mm}`);
  return r.pick([`${dd}/${mm}`, `${day}/${mon}`]);
}

function timeStr(cc, r) {
  const h = r.int(7, 22);
  const m = String(r.int(0, 59)).padStart(2, '0');
  if (cc === 'us') return `${((h + 11) % 12) + 1}:${m} ${h < 12 ? 'AM' : 'PM'}`;
  return `${String(h).padStart(2, '0')}:${m}`;
}

// ---------------------------------------------------------------------------------------------
// Scam links and official links

const TLDS = ['top', 'xyz', 'cc', 'site', 'icu', 'vip', 'info', 'help', 'online', 'live', 'club'];
const KIND_WORDS = {
  bank_phishing: ['verify', 'secure', 'login', 'update', 'auth', 'unlock', 'kyc', 'online'],
  ewallet_phishing: ['verify', 'claim', 'rewards', 'secure', 'login', 'help', 'support'],
  parcel: ['track', 'delivery', 'redelivery', 'parcel', 'post', 'address', 'pay', 'reschedule'],
  government_refund: ['refund', 'claim', 'portal', 'rebate', 'aid', 'tax', 'pay', 'gov'],
  fake_official: ['case', 'check', 'court', 'police', 'verify', 'report', 'notice'],
  task_job: ['job', 'work', 'hire', 'task', 'earn', 'career', 'hr'],
  investment: ['invest', 'trade', 'profit', 'capital', 'fx', 'crypto', 'vip', 'pro'],
  illegal_loan: ['loan', 'cash', 'kredit', 'fast', 'easy', 'dana', 'pinjam'],
  romance: ['gift', 'pay', 'delivery', 'claim', 'express'],
  giveaway: ['win', 'prize', 'promo', 'gift', 'lucky', 'claim', 'reward', 'event'],
  apk_remote: ['app', 'download', 'apk', 'install', 'support', 'update'],
  otp_request: ['verify', 'code', 'help'],
  family_impostor: ['pay', 'help'],
  voicemail: ['voice', 'msg', 'listen', 'vm', 'inbox', 'audio'],
  scam_warning: ['verify', 'claim', 'update', 'track', 'refund'],
};
const LANG_WORDS = {
  ms: ['semak', 'bantuan', 'tuntutan', 'kemaskini', 'hadiah'],
  id: ['tarif', 'hadiah', 'cek', 'klaim', 'promo', 'resi'],
  fil: ['ayuda', 'claim', 'rewards', 'promo', 'padala'],
  th: ['refund', 'support', 'online', 'service'],
  vi: ['dichvucong', 'hoantien', 'xacminh', 'khuyenmai', 'nhanqua', 'hotro'],
  my: ['lucky', 'promo', 'gift', 'bonus'],
  en: [],
};
const SHORTENERS = { all: ['bit.ly', 'tinyurl.com', 'cutt.ly', 'is.gd', 'rb.gy', 't.ly'], id: ['s.id', 'bit.ly'] };

function fakeUrl(lang, kind, cc, key, r) {
  const words = [...(KIND_WORDS[kind] ?? ['verify', 'update']), ...LANG_WORDS[lang]];
  const w = r.pick(words);
  const tld = r.pick(TLDS);
  const c = cc;
  const path = r.pick(['', '', '/login', '/verify', '/claim', `/?id=${r.digits(5)}`, `/${r.alnum(5)}`, '/index.html']);
  const k = key || r.pick([w + c, r.alnum(6, 'abcdefghijklmnopqrstuvwxyz'), `${w}${r.digits(2)}`]);
  const randomHost = () => {
    const cv = 'bcdfghjklmnpqrstvwxz';
    const v = 'aeiou';
    let s = '';
    for (let i = 0; i < r.int(2, 4); i++) s += cv[r.int(0, cv.length - 1)] + v[r.int(0, v.length - 1)];
    return s + (r.next() < 0.5 ? r.digits(2) : '');
  };
  const pattern = r.int(0, 8);
  switch (pattern) {
    case 0: return `https://${k}-${w}.${tld}${path}`;
    case 1: return `${k}.${w}-${c}.${tld}`;
    case 2: return `https://${w}-${k}${c}.com${path}`;
    case 3: return `http://${k}${c}.${w}.${tld}`;
    case 4: {
      const s = lang === 'id' ? r.pick(SHORTENERS.id) : r.pick(SHORTENERS.all);
      return `${r.next() < 0.5 ? 'https://' : ''}${s}/${r.alnum(r.int(5, 7))}`;
    }
    case 5: return `https://${randomHost()}.${tld}/${k}`;
    case 6: return `www.${k}-${c}.${tld}`;
    case 7: return `https://${w}.${k}-${c}.${tld}/?ref=${r.digits(4)}`;
    default: return `${k}-${w}${c}.${r.pick(['com', 'net', 'org', ...TLDS])}${path}`;
  }
}

function realUrl(site, r) {
  return r.pick([site, `https://${site}`, site, `https://${site}/`]);
}

// ---------------------------------------------------------------------------------------------
// Loading and validation

class SuiteError extends Error {}
function fail(file, id, msg) {
  throw new SuiteError(`${file}${id ? ` [${id}]` : ''}: ${msg}`);
}

function parsePlaceholders(text) {
  return Array.from(text.matchAll(PH_RE), (m) => ({ raw: m[0], name: m[1], hint: m[2] ?? null, prop: m[3] ?? null, index: m.index }));
}

export function loadLanguage(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(TEMPLATE_DIR, file), 'utf8'));
  } catch (e) {
    fail(file, null, `cannot parse JSON: ${e.message}`);
  }
  const lang = file.replace(/\.json$/, '');
  if (!LANGS.includes(lang)) fail(file, null, `unknown language "${lang}" (expected one of ${LANGS.join(', ')})`);
  if (data.lang !== lang) fail(file, null, `"lang" is ${JSON.stringify(data.lang)}, expected "${lang}" (the file name)`);
  if (typeof data.source !== 'string' || !data.source.trim()) fail(file, null, '"source" (provenance) is missing');
  const slots = data.slots ?? {};
  for (const [k, list] of Object.entries(slots)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(k)) fail(file, null, `slot name "${k}" must be upper case`);
    if (baseGen(k)) fail(file, null, `slot name "${k}" is reserved for a generated placeholder`);
    if (!Array.isArray(list) || !list.length) fail(file, null, `slot "${k}" must be a non-empty list`);
    for (const v of list) {
      if (typeof v === 'string') {
        if (!v) fail(file, null, `slot "${k}" has an empty value`);
        continue;
      }
      if (!v || typeof v !== 'object' || typeof v.name !== 'string' || !v.name) fail(file, null, `slot "${k}": a value must be a string or an object with a "name"`);
      for (const [f, x] of Object.entries(v)) if (typeof x !== 'string' || !x) fail(file, null, `slot "${k}" value "${v.name}": field "${f}" must be a non-empty string`);
      if (v.cc !== undefined && !COUNTRIES.includes(v.cc)) fail(file, null, `slot "${k}" value "${v.name}": unknown cc "${v.cc}"`);
      if (v.site !== undefined && !/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w./-]*)?$/.test(v.site)) fail(file, null, `slot "${k}" value "${v.name}": "site" must be a bare host (optionally /path)`);
      if (v.key !== undefined && !/^[a-z0-9-]+$/.test(v.key)) fail(file, null, `slot "${k}" value "${v.name}": "key" must be [a-z0-9-]`);
    }
  }
  if (!Array.isArray(data.templates) || !data.templates.length) fail(file, null, '"templates" is missing or empty');
  const ids = new Set();
  const texts = new Map();
  const warnings = [];
  for (const [i, t] of data.templates.entries()) {
    const id = t?.id;
    if (typeof id !== 'string' || !id) fail(file, `#${i}`, 'template has no "id"');
    if (ids.has(id)) fail(file, id, 'duplicate template id');
    ids.add(id);
    if (!KIND_EXPECT.has(t.kind)) fail(file, id, `unknown kind ${JSON.stringify(t.kind)}`);
    const writer = TUNING ? '[a-z]\\.' : '';
    if (!new RegExp(`^${lang}\\.${writer}${t.kind}\\.[1-9][0-9]*$`).test(id)) {
      fail(file, id, `id must be "${lang}.${TUNING ? '<writer letter>.' : ''}${t.kind}.<n>"`);
    }
    if (t.expect !== KIND_EXPECT.get(t.kind)) fail(file, id, `"expect" must be "${KIND_EXPECT.get(t.kind)}" for kind ${t.kind} (got ${JSON.stringify(t.expect)})`);
    if (typeof t.text !== 'string' || !t.text.trim()) fail(file, id, 'template has no "text"');
    if (t.cc !== undefined && !COUNTRIES.includes(t.cc)) fail(file, id, `unknown cc "${t.cc}"`);
    const known = new Set(['id', 'kind', 'expect', 'text', 'cc', 'note']);
    for (const f of Object.keys(t)) if (!known.has(f)) fail(file, id, `unknown field "${f}"`);
    if (/[{}]/.test(t.text.replace(PH_RE, ''))) fail(file, id, `stray brace or malformed placeholder in text: ${t.text}`);
    for (const p of parsePlaceholders(t.text)) {
      const g = baseGen(p.name);
      if (g) {
        if (p.prop) fail(file, id, `${p.raw}: a generated placeholder has no properties`);
        if (g === 'FAKE_URL' || g === 'REAL_URL') {
          if (p.hint && !slots[p.hint]) fail(file, id, `${p.raw}: hint must name a slot`);
        } else if (p.hint && !(HINTS[g] && HINTS[g].has(p.hint))) {
          fail(file, id, `${p.raw}: unknown hint (allowed: ${HINTS[g] ? [...HINTS[g]].join(', ') : 'none'})`);
        }
        if (g === 'FAKE_URL' && t.expect !== 'scam' && t.kind !== 'scam_warning') fail(file, id, `${p.raw}: scam links only in scam templates and scam_warning`);
        if (g === 'REAL_URL' && t.expect === 'scam') warnings.push(`${file} [${id}]: a scam template uses {REAL_URL}`);
      } else {
        if (!slots[p.name]) fail(file, id, `unknown placeholder ${p.raw}`);
        if (p.hint) fail(file, id, `${p.raw}: slots take no hint`);
        if (p.prop) {
          for (const v of slots[p.name]) {
            if (typeof v === 'string' || v[p.prop] === undefined) fail(file, id, `${p.raw}: value ${JSON.stringify(valueName(v))} has no "${p.prop}"`);
          }
        }
      }
    }
    if (texts.has(t.text)) warnings.push(`${file} [${id}]: same text as [${texts.get(t.text)}]`);
    texts.set(t.text, id);
  }
  return { file, lang, data, slots, warnings };
}

// ---------------------------------------------------------------------------------------------
// Expansion

function heldBackIds(templates) {
  if (TUNING) return new Set();
  const byKind = new Map();
  for (const t of templates) {
    if (!byKind.has(t.kind)) byKind.set(t.kind, []);
    byKind.get(t.kind).push(t.id);
  }
  const held = new Set();
  for (const ids of byKind.values()) {
    const n = ids.length;
    if (n < 3) continue;
    const sorted = [...ids].sort((a, b) => fnv1a32(a) - fnv1a32(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const id of sorted.slice(0, Math.max(1, Math.round(n / 5)))) held.add(id);
  }
  return held;
}

// Slots of a template in order of first appearance (as {SLOT}, {SLOT.prop} or a link hint).
function slotOrder(L, phs) {
  const out = [];
  for (const p of phs) {
    const s = baseGen(p.name) ? p.hint : p.name;
    if (s && L.slots[s] && !out.includes(s)) out.push(s);
  }
  return out;
}

function expandTemplate(L, t) {
  const phs = parsePlaceholders(t.text);
  const slotNames = slotOrder(L, phs);
  const n = slotNames.length ? Math.min(MAX_PER_TEMPLATE, L.slots[slotNames[0]].length) : 1;
  const cases = [];
  for (let i = 0; i < n; i++) {
    const bind = {};
    slotNames.forEach((s, j) => {
      const list = L.slots[s];
      bind[s] = j === 0 ? list[i] : list[(i + j * 7 + (fnv1a32(`${t.id}|${s}`) % list.length)) % list.length];
    });
    // Country of the case: first bound brand with a cc, else the template's, else the language's.
    let cc = null;
    for (const s of slotNames) if (typeof bind[s] === 'object' && bind[s].cc) { cc = bind[s].cc; break; }
    cc = cc ?? t.cc ?? LANG_CC[L.lang] ?? EN_ROTATION[(fnv1a32(t.id) + i) % EN_ROTATION.length];
    const gen = new Map();
    const genValue = (p) => {
      const key = `${p.name}:${p.hint ?? ''}`;
      if (gen.has(key)) return gen.get(key);
      const r = rngFrom(`${t.id}|${i}|${key}`);
      const g = baseGen(p.name);
      let v;
      switch (g) {
        case 'FAKE_URL': {
          let k = null;
          if (p.hint) {
            const b = bind[p.hint];
            k = typeof b === 'object' && b.key ? b.key : slug(valueName(b));
            if (!k) fail(L.file, t.id, `${p.raw}: value ${JSON.stringify(valueName(b))} needs a "key" (no ASCII letters in its name)`);
          }
          v = fakeUrl(L.lang, t.kind, cc, k, r);
          break;
        }
        case 'REAL_URL': {
          const cands = p.hint ? [p.hint] : slotNames;
          const s = cands.find((x) => typeof bind[x] === 'object' && bind[x].site);
          if (!s) fail(L.file, t.id, `${p.raw}: no slot value with a "site" in case ${i + 1} (${slotNames.map((x) => valueName(bind[x])).join(', ')})`);
          v = realUrl(bind[s].site, r);
          break;
        }
        case 'PHONE': v = phone(cc, p.hint ?? 'mobile', r); break;
        case 'AMOUNT': v = amount(cc, p.hint ?? 'mid', r); break;
        case 'HOURS': v = String(r.pick([12, 24, 48])); if (cc === 'mm' && r.next() < 0.5) v = toBurmeseDigits(v); break;
        case 'CODE': v = r.digits(6); break;
        case 'NAME': v = r.pick(NAMES[cc]); break;
        case 'LAST4': v = r.digits(4); break;
        case 'TRACKNO': v = trackNo(cc, r); break;
        case 'REF': v = r.alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'); break;
        case 'DATE': v = dateStr(cc, r); break;
        case 'TIME': v = timeStr(cc, r); break;
        default: throw new Error(`unhandled generated placeholder ${p.name}`);
      }
      gen.set(key, v);
      return v;
    };
    let out = '';
    let last = 0;
    for (const p of phs) {
      out += t.text.slice(last, p.index);
      let v;
      if (baseGen(p.name)) {
        v = genValue(p);
      } else {
        const b = bind[p.name];
        v = p.prop ? b[p.prop] : valueName(b);
        const before = t.text.slice(0, p.index);
        if (/^[\s"'“‘«(]*$/u.test(before) || /[.!?]["'”’)]?\s+$/u.test(before)) v = capitaliseFirst(v);
      }
      out += v;
      last = p.index + p.raw.length;
    }
    out += t.text.slice(last);
    if (/[{}]/.test(out)) fail(L.file, t.id, `unfilled placeholder in case ${i + 1}: ${out}`);
    cases.push(out);
  }
  return cases;
}

export function buildLanguage(L) {
  const held = heldBackIds(L.data.templates);
  const rows = [];
  const hand = [];
  for (const [kind] of KINDS) {
    for (const t of L.data.templates.filter((x) => x.kind === kind)) {
      const texts = expandTemplate(L, t);
      hand.push({ t, n: texts.length, held: held.has(t.id) });
      for (const text of texts) rows.push({ kind, template: t.id, text, expect: t.expect, heldout: held.has(t.id) });
    }
  }
  const seen = new Map();
  for (const r of rows) {
    if (seen.has(r.text)) L.warnings.push(`${L.file}: duplicate case text from [${seen.get(r.text)}] and [${r.template}]: ${r.text}`);
    else seen.set(r.text, r.template);
  }
  const cases = rows.map((r, i) => ({
    id: `${L.lang}-${i + 1}`, lang: L.lang, kind: r.kind, template: r.template, text: r.text, expect: r.expect, heldout: r.heldout,
  }));
  return { cases, hand };
}

function table(L, built) {
  const lines = [];
  const warn = [];
  lines.push(`\n== ${L.lang} ==`);
  lines.push(`${'kind'.padEnd(18)} ${'expect'.padEnd(6)} ${'templates'.padStart(9)} ${'held'.padStart(5)} ${'cases'.padStart(6)} ${'held cases'.padStart(10)}`);
  const tot = { scam: [0, 0, 0, 0], none: [0, 0, 0, 0] };
  for (const [kind, expect] of KINDS) {
    const ts = built.hand.filter((h) => h.t.kind === kind);
    const cs = built.cases.filter((c) => c.kind === kind);
    const row = [ts.length, ts.filter((h) => h.held).length, cs.length, cs.filter((c) => c.heldout).length];
    if (row[0] < MIN_TEMPLATES) warn.push(`WARNING ${L.lang} ${kind}: only ${row[0]} template(s) (want >= ${MIN_TEMPLATES})`);
    if (row[2] < MIN_CASES) warn.push(`WARNING ${L.lang} ${kind}: only ${row[2]} case(s) (want >= ${MIN_CASES})`);
    row.forEach((x, k) => { tot[expect][k] += x; });
    lines.push(`${kind.padEnd(18)} ${expect.padEnd(6)} ${String(row[0]).padStart(9)} ${String(row[1]).padStart(5)} ${String(row[2]).padStart(6)} ${String(row[3]).padStart(10)}`);
  }
  for (const e of ['scam', 'none']) {
    const r = tot[e];
    lines.push(`${('total ' + e).padEnd(18)} ${''.padEnd(6)} ${String(r[0]).padStart(9)} ${String(r[1]).padStart(5)} ${String(r[2]).padStart(6)} ${String(r[3]).padStart(10)}`);
  }
  return { lines, warn, tot };
}

function main(argv) {
  const tuningAt = argv.indexOf('--tuning');
  if (tuningAt >= 0) {
    if (!argv[tuningAt + 1] || argv[tuningAt + 1].startsWith('--')) {
      console.error('--tuning needs a folder (it holds templates/<lang>.json)');
      process.exit(2);
    }
    useTuningSet(argv[tuningAt + 1]);
    argv = argv.filter((_, i) => i !== tuningAt && i !== tuningAt + 1);
  }
  const check = argv.includes('--check');
  const unknownFlags = argv.filter((a) => a.startsWith('--') && a !== '--check');
  if (unknownFlags.length) {
    console.error(`unknown option(s): ${unknownFlags.join(' ')}`);
    process.exit(2);
  }
  const only = argv.filter((a) => !a.startsWith('--'));
  for (const l of only) if (!LANGS.includes(l)) { console.error(`unknown language "${l}"`); process.exit(2); }
  const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json')).sort()
    .filter((f) => !only.length || only.includes(f.replace(/\.json$/, '')));
  if (!files.length) {
    console.error(`no template files in ${TEMPLATE_DIR}`);
    process.exit(1);
  }
  let errors = 0;
  const allWarn = [];
  const grand = { scam: [0, 0, 0, 0], none: [0, 0, 0, 0] };
  for (const file of files) {
    let L;
    let built;
    try {
      L = loadLanguage(file);
      built = buildLanguage(L);
    } catch (e) {
      if (!(e instanceof SuiteError)) throw e;
      console.error(`ERROR ${e.message}`);
      errors++;
      continue;
    }
    const { lines, warn, tot } = table(L, built);
    for (const e of ['scam', 'none']) tot[e].forEach((x, k) => { grand[e][k] += x; });
    console.log(lines.join('\n'));
    allWarn.push(...L.warnings.map((w) => `WARNING ${w}`), ...warn);
    if (!check) {
      const out = join(HERE, `${L.lang}.jsonl`);
      writeFileSync(out, built.cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
      console.log(`wrote ${out} (${built.cases.length} cases)`);
    }
  }
  console.log(`\n== all languages ==`);
  for (const e of ['scam', 'none']) {
    const r = grand[e];
    console.log(`${e.padEnd(5)} templates ${r[0]} (held ${r[1]}), cases ${r[2]} (held ${r[3]})`);
  }
  if (allWarn.length) console.log('\n' + allWarn.join('\n'));
  if (errors) {
    console.error(`\n${errors} template file(s) failed validation; their suites were not written`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));

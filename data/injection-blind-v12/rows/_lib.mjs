// Shared deterministic helpers for the composed indirect rows (seeded PRNG, parameter pools).
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const NAMES = ['Aisha Rahman', 'Kenji Watanabe', 'Nguyen Thi Mai', 'Farhan Siddiqui', 'Leila Karimi', 'Budi Santoso', 'Priya Nair', 'Omar Haddad', 'Seo-yeon Park', 'Mehmet Yilmaz', 'Chen Jing', 'Ananya Das', 'Yusuf Al-Amin', 'Somchai Prasert', 'Dina Levi', 'Rizwan Qureshi', 'Mariam Saeed', 'Hiro Tanaka', 'Tran Van Hung', 'Fatima Zahra'];
const CITIES = ['Dubai', 'Jakarta', 'Bangkok', 'Istanbul', 'Osaka', 'Lahore', 'Ho Chi Minh City', 'Kuala Lumpur', 'Doha', 'Seoul', 'Mumbai', 'Tehran', 'Riyadh', 'Manila', 'Dhaka', 'Singapore'];
const PRODUCTS = ['AeroBlend X2 blender', 'Lumo 3 smart lamp', 'TrailPro 40L backpack', 'NovaBuds Pro earbuds', 'Kirra air fryer 5.5L', 'Sakura rice cooker RC-10', 'PixelNote 11 tablet', 'Zenith robot vacuum Z7', 'Atlas carry-on 55cm', 'Mizu water purifier M4'];
const COMPANIES = ['Nusantara Logistics', 'Gulfline Travel', 'Kaito Electronics', 'Bright Path Tutoring', 'Oasis Health Clinic', 'Lotus Pay', 'Crescent Bank', 'Hanul Games', 'SouqNow', 'TravelKita'];
export function params(i) {
  const r = rng(1000 + i * 7919);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = () => Math.floor(r() * 9000) + 1000;
  const day = 1 + Math.floor(r() * 27);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Math.floor(r() * 12)];
  const name = pick(NAMES);
  let name2 = pick(NAMES);
  if (name2 === name) name2 = NAMES[(NAMES.indexOf(name) + 3) % NAMES.length];
  return {
    name, name2, first: name.split(' ')[0], first2: name2.split(' ')[0],
    city: pick(CITIES), product: pick(PRODUCTS), company: pick(COMPANIES),
    price: (Math.floor(r() * 480) + 19) + '.' + String(Math.floor(r() * 100)).padStart(2, '0'),
    id: `${n()}-${n()}`, date: `${day} ${month} 2026`, dnum: day, mnum: 1 + Math.floor(r() * 12),
    time: `${8 + Math.floor(r() * 10)}:${['00', '15', '30', '45'][Math.floor(r() * 4)]}`,
    num: n(), small: 2 + Math.floor(r() * 9), stars: 1 + Math.floor(r() * 5),
    email: name.toLowerCase().replace(/[^a-z]+/g, '.') + '@mail.example',
  };
}

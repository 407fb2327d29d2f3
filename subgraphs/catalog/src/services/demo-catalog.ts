import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { lockKey, type Database, type Logger } from '@zero/service';
import { categories, productImages, products, stockMovements, variants, type OptionValue, type SelectedOptionValue, type tables } from '../db/schema';
import { slugify, variantTitle } from './product-admin';
import { imagePath } from './product-images';

/**
 * The demo catalog: four departments, their sub-categories and a little over 200 products with believable names,
 * descriptions, prices, weights, variants and stock (some sold out). Entirely deterministic — fixed ids, dates
 * and a seeded random generator — so screenshots and tests see the same store on every machine.
 */

interface CategorySeed { slug: string; name: string; children: { slug: string; name: string }[] }
export const DEMO_CATEGORIES: CategorySeed[] = [
  { slug: 'electronics', name: 'Electronics', children: [
    { slug: 'audio', name: 'Audio' }, { slug: 'computers', name: 'Computers & Accessories' },
    { slug: 'phones-tablets', name: 'Phones & Tablets' }, { slug: 'cameras', name: 'Cameras' }, { slug: 'smart-home', name: 'Smart Home' },
  ] },
  { slug: 'clothing', name: 'Clothing', children: [
    { slug: 'tops', name: 'Tops' }, { slug: 'bottoms', name: 'Bottoms' }, { slug: 'outerwear', name: 'Outerwear' }, { slug: 'activewear', name: 'Activewear' },
  ] },
  { slug: 'books', name: 'Books', children: [
    { slug: 'fiction', name: 'Fiction' }, { slug: 'non-fiction', name: 'Non-fiction' }, { slug: 'cookbooks', name: 'Cookbooks' }, { slug: 'childrens-books', name: "Children's Books" },
  ] },
  { slug: 'home-goods', name: 'Home Goods', children: [
    { slug: 'kitchen', name: 'Kitchen' }, { slug: 'bedding', name: 'Bedding & Bath' }, { slug: 'decor', name: 'Decor' }, { slug: 'furniture', name: 'Furniture' },
  ] },
];

/** A kind of product; `count` products of it are made, each with a different brand or title. */
interface Kind {
  category: string;
  noun: string;
  price: [number, number]; // cents
  weight: [number, number]; // grams
  count: number;
  blurb: string;
  features: string[];
  options?: (rng: Rng) => OptionValue[];
  /** Extra cents per option value, e.g. storage sizes. */
  surcharge?: Record<string, number>;
}

const ELECTRONICS_BRANDS = ['Aurora', 'Nimbus', 'Vertex', 'Halcyon', 'Lumen', 'Quasar', 'Solstice', 'Kestrel', 'Meridian', 'Tidal', 'Orbit', 'Cobalt'];
const CLOTHING_BRANDS = ['Harbor', 'Summit', 'Meadow', 'Coastline', 'Ridgeway', 'Fieldstone', 'Juniper', 'Northbound', 'Alder', 'Bramble', 'Canyon', 'Driftwood'];
const HOME_BRANDS = ['Hearth', 'Oakhaven', 'Willow & Pine', 'Stoneware Co.', 'Linden', 'Copperline', 'Maple Row', 'Tern', 'Fernwood', 'Birchfield'];
const COLOURS = ['Black', 'White', 'Navy', 'Heather Grey', 'Olive', 'Burgundy', 'Sand', 'Forest Green', 'Slate Blue', 'Rust'];
const TECH_COLOURS = ['Matte Black', 'Arctic White', 'Space Grey', 'Midnight Blue', 'Sage'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];
const WAIST = ['28', '30', '32', '34', '36'];

const colourOption = (from: string[], n: number) => (rng: Rng): OptionValue[] => [{ name: 'Color', values: rng.pick(from, n) }];
const apparel = (sizes: string[]) => (rng: Rng): OptionValue[] => [{ name: 'Size', values: sizes }, { name: 'Color', values: rng.pick(COLOURS, 3) }];

const KINDS: Kind[] = [
  // Electronics
  { category: 'audio', noun: 'Wireless Headphones', price: [7999, 34999], weight: [220, 320], count: 4, blurb: 'Over-ear wireless headphones with rich, balanced sound', features: ['Up to 40 hours of battery life.', 'Active noise cancellation with a transparency mode.', 'Soft memory-foam ear cushions for all-day comfort.', 'Fast charging: 10 minutes gives 5 hours of playback.'], options: colourOption(TECH_COLOURS, 2) },
  { category: 'audio', noun: 'True Wireless Earbuds', price: [4999, 24999], weight: [45, 70], count: 5, blurb: 'Compact earbuds that disappear in your ears and in your pocket', features: ['IPX4 sweat and splash resistance.', 'Wireless charging case.', 'Three sizes of silicone tips included.', 'Low-latency mode for video and games.'], options: colourOption(TECH_COLOURS, 2) },
  { category: 'audio', noun: 'Bluetooth Speaker', price: [3999, 19999], weight: [450, 1400], count: 3, blurb: 'A portable speaker with big, room-filling sound', features: ['Waterproof to IP67: take it to the pool.', '24-hour battery.', 'Pair two for stereo sound.'], options: colourOption(TECH_COLOURS, 3) },
  { category: 'audio', noun: 'Soundbar', price: [14999, 59999], weight: [2800, 5200], count: 2, blurb: 'A slim soundbar that makes films and shows come alive', features: ['Dolby Atmos virtual surround.', 'HDMI eARC and optical inputs.', 'Dialogue enhancement for clear voices.'] },
  { category: 'computers', noun: 'Mechanical Keyboard', price: [6999, 18999], weight: [700, 1200], count: 5, blurb: 'A mechanical keyboard with a satisfying, precise typing feel', features: ['Hot-swappable switches.', 'Per-key RGB backlight.', 'USB-C and Bluetooth connection to three devices.', 'Aluminium top plate.'], options: (rng) => [{ name: 'Switch', values: rng.pick(['Linear', 'Tactile', 'Clicky'], 2) }] },
  { category: 'computers', noun: 'Wireless Mouse', price: [2499, 9999], weight: [80, 140], count: 3, blurb: 'An ergonomic wireless mouse for long working days', features: ['Silent clicks.', 'Rechargeable battery lasting 70 days.', 'Works on glass.'], options: colourOption(TECH_COLOURS, 2) },
  { category: 'computers', noun: '27-inch 4K Monitor', price: [29999, 69999], weight: [5200, 7400], count: 3, blurb: 'A sharp 27-inch 4K display with accurate colour', features: ['98% DCI-P3 colour.', 'USB-C with 90 W power delivery.', 'Height-adjustable stand.'] },
  { category: 'computers', noun: 'USB-C Hub', price: [2999, 8999], weight: [60, 160], count: 3, blurb: 'One cable for your displays, drives and network', features: ['4K HDMI output.', 'Gigabit Ethernet.', 'SD and microSD card readers.'] },
  { category: 'computers', noun: 'Portable SSD', price: [6999, 12999], weight: [40, 90], count: 3, blurb: 'A pocket-sized solid-state drive that is fast and tough', features: ['Up to 1,050 MB/s.', 'Drop resistant to 2 metres.', 'Hardware encryption.'], options: () => [{ name: 'Capacity', values: ['500 GB', '1 TB', '2 TB'] }], surcharge: { '1 TB': 4000, '2 TB': 11000 } },
  { category: 'computers', noun: 'Laptop Stand', price: [2999, 7999], weight: [600, 1400], count: 2, blurb: 'An aluminium stand that raises your screen to eye level', features: ['Six height settings.', 'Folds flat for travel.', 'Non-slip silicone pads.'] },
  { category: 'phones-tablets', noun: 'Wireless Charging Pad', price: [1999, 5999], weight: [90, 180], count: 3, blurb: 'Drop your phone on it and it charges', features: ['15 W fast wireless charging.', 'Works through most cases.', 'Soft LED that dims at night.'], options: colourOption(TECH_COLOURS, 2) },
  { category: 'phones-tablets', noun: 'Power Bank', price: [2999, 7999], weight: [180, 420], count: 3, blurb: 'A power bank that charges a phone three times over', features: ['20,000 mAh.', 'Two USB-C ports with 65 W output.', 'Charges a laptop too.'] },
  { category: 'phones-tablets', noun: '10-inch Tablet', price: [19999, 49999], weight: [450, 520], count: 3, blurb: 'A light tablet for reading, watching and sketching', features: ['10.9-inch Liquid display.', 'All-day battery.', 'Works with a stylus.'], options: () => [{ name: 'Storage', values: ['64 GB', '256 GB'] }], surcharge: { '256 GB': 15000 } },
  { category: 'phones-tablets', noun: 'Phone Case', price: [1499, 3999], weight: [30, 60], count: 3, blurb: 'A slim case that takes the knocks so your phone does not', features: ['Raised edges protect the screen and camera.', 'Grippy matte finish.', 'Compatible with wireless charging.'], options: colourOption(TECH_COLOURS, 4) },
  { category: 'cameras', noun: 'Mirrorless Camera', price: [79999, 189999], weight: [500, 700], count: 3, blurb: 'A compact mirrorless camera with a large sensor', features: ['24-megapixel full-frame sensor.', '4K video at 60 fps.', 'In-body image stabilisation.'] },
  { category: 'cameras', noun: 'Action Camera', price: [19999, 39999], weight: [120, 160], count: 3, blurb: 'A rugged action camera for every adventure', features: ['Waterproof to 10 metres without a housing.', '5.3K video.', 'Horizon levelling.'] },
  { category: 'cameras', noun: 'Travel Tripod', price: [4999, 19999], weight: [900, 1600], count: 2, blurb: 'A carbon-fibre tripod that folds to the size of a water bottle', features: ['Holds up to 8 kg.', 'Ball head with Arca-Swiss plate.', 'Converts to a monopod.'] },
  { category: 'smart-home', noun: 'Smart Plug', price: [1499, 3499], weight: [80, 120], count: 3, blurb: 'Turn any lamp or appliance into a smart one', features: ['Works with the major voice assistants.', 'Energy monitoring.', 'Schedules and away mode.'] },
  { category: 'smart-home', noun: 'Smart LED Bulb', price: [999, 2999], weight: [60, 90], count: 3, blurb: 'A colour-changing bulb you control from your phone', features: ['16 million colours and tunable white.', 'Equivalent to a 75 W bulb.', 'No hub required.'] },
  { category: 'smart-home', noun: 'Video Doorbell', price: [9999, 22999], weight: [200, 350], count: 2, blurb: 'See and speak to whoever is at the door, from anywhere', features: ['1536p HD video with night vision.', 'Package detection.', 'Wired or battery powered.'] },
  // Clothing
  { category: 'tops', noun: 'Organic Cotton T-Shirt', price: [1999, 3499], weight: [150, 210], count: 5, blurb: 'A soft, everyday tee cut from organic cotton', features: ['Pre-shrunk jersey.', 'Relaxed fit.', 'Made in a Fair Trade certified factory.'], options: apparel(SIZES) },
  { category: 'tops', noun: 'Oxford Shirt', price: [4999, 7999], weight: [250, 330], count: 3, blurb: 'A button-down Oxford shirt that works with everything', features: ['Breathable cotton Oxford cloth.', 'Button-down collar.', 'Gets softer with every wash.'], options: apparel(SIZES) },
  { category: 'tops', noun: 'Merino Sweater', price: [7999, 12999], weight: [300, 420], count: 3, blurb: 'A fine-knit merino wool sweater, warm without the bulk', features: ['Extra-fine 18.5 micron merino.', 'Naturally odour resistant.', 'Machine washable on wool cycle.'], options: apparel(SIZES) },
  { category: 'tops', noun: 'Pullover Hoodie', price: [4999, 7999], weight: [450, 650], count: 4, blurb: 'A heavyweight hoodie with a brushed fleece inside', features: ['Double-lined hood.', 'Kangaroo pocket.', 'Ribbed cuffs and hem.'], options: apparel(SIZES) },
  { category: 'bottoms', noun: 'Slim Fit Jeans', price: [5999, 9999], weight: [550, 750], count: 5, blurb: 'Slim fit jeans in a comfortable stretch denim', features: ['12 oz selvedge-look denim with 2% stretch.', 'Five-pocket styling.', 'Sits at the waist.'], options: apparel(WAIST) },
  { category: 'bottoms', noun: 'Stretch Chinos', price: [4999, 7999], weight: [400, 550], count: 4, blurb: 'Chinos that look sharp and move with you', features: ['Cotton twill with stretch.', 'Tapered leg.', 'Hidden phone pocket.'], options: apparel(WAIST) },
  { category: 'bottoms', noun: 'Cargo Shorts', price: [2999, 4999], weight: [250, 350], count: 3, blurb: 'Durable cargo shorts with room for everything', features: ['Ripstop cotton.', 'Six pockets.', '9-inch inseam.'], options: apparel(WAIST) },
  { category: 'outerwear', noun: 'Packable Rain Jacket', price: [8999, 14999], weight: [300, 420], count: 3, blurb: 'A waterproof, breathable shell that packs into its own pocket', features: ['Fully taped seams.', 'Adjustable hood.', 'Pit zips for ventilation.'], options: apparel(SIZES) },
  { category: 'outerwear', noun: 'Down Puffer Jacket', price: [14999, 24999], weight: [500, 750], count: 3, blurb: 'A light, warm down jacket for cold days', features: ['650-fill responsibly sourced down.', 'Water-repellent finish.', 'Zippered hand pockets.'], options: apparel(SIZES) },
  { category: 'outerwear', noun: 'Wool Overcoat', price: [19999, 34999], weight: [1200, 1600], count: 2, blurb: 'A tailored overcoat in Italian wool', features: ['80% wool, 20% cashmere.', 'Fully lined.', 'Notched lapel.'], options: apparel(SIZES) },
  { category: 'outerwear', noun: 'Fleece Jacket', price: [5999, 8999], weight: [350, 500], count: 3, blurb: 'A cosy fleece jacket made from recycled bottles', features: ['Recycled polyester fleece.', 'Full zip.', 'Zippered chest pocket.'], options: apparel(SIZES) },
  { category: 'activewear', noun: 'Running Tights', price: [4999, 7999], weight: [180, 250], count: 4, blurb: 'Supportive running tights with a phone pocket', features: ['Four-way stretch.', 'Reflective details.', 'Sweat-wicking fabric.'], options: apparel(SIZES) },
  { category: 'activewear', noun: 'Training Tee', price: [2499, 3999], weight: [120, 170], count: 4, blurb: 'A featherweight tee for hard workouts', features: ['Quick-dry mesh panels.', 'Anti-odour treatment.', 'Flatlock seams.'], options: apparel(SIZES) },
  { category: 'activewear', noun: 'Yoga Pants', price: [5999, 8999], weight: [200, 280], count: 3, blurb: 'Buttery-soft yoga pants with a high waist', features: ['Squat-proof fabric.', 'Hidden waistband pocket.', '28-inch inseam.'], options: apparel(SIZES) },
  // Home goods
  { category: 'kitchen', noun: "Chef's Knife", price: [4999, 14999], weight: [180, 260], count: 3, blurb: 'A balanced 8-inch chef’s knife that holds a keen edge', features: ['German stainless steel, hardened to 58 HRC.', 'Full tang.', 'Hand wash only.'] },
  { category: 'kitchen', noun: 'Cast Iron Skillet', price: [2999, 6999], weight: [2200, 3400], count: 3, blurb: 'A pre-seasoned cast iron skillet that lasts generations', features: ['Oven safe to 260 °C.', 'Works on induction.', 'Gets better with use.'], options: () => [{ name: 'Size', values: ['10 inch', '12 inch'] }], surcharge: { '12 inch': 1500 } },
  { category: 'kitchen', noun: 'French Press', price: [2499, 5999], weight: [600, 1000], count: 3, blurb: 'A double-walled French press that keeps coffee hot', features: ['Makes 8 cups.', 'Stainless steel mesh filter.', 'Dishwasher safe.'], options: colourOption(['Brushed Steel', 'Matte Black', 'Copper'], 2) },
  { category: 'kitchen', noun: 'Enamelled Dutch Oven', price: [7999, 24999], weight: [4500, 6000], count: 3, blurb: 'A heavy enamelled Dutch oven for braises, stews and bread', features: ['5.5 quart.', 'Oven safe to 250 °C.', 'Chip-resistant enamel.'], options: colourOption(['Cherry Red', 'Sea Blue', 'Cream', 'Graphite'], 3) },
  { category: 'kitchen', noun: 'Walnut Cutting Board', price: [3999, 8999], weight: [1500, 2800], count: 2, blurb: 'An end-grain walnut board that is kind to your knives', features: ['Juice groove.', 'Finished with food-safe oil.', 'Made by hand.'] },
  { category: 'bedding', noun: 'Linen Duvet Cover', price: [12999, 22999], weight: [1200, 1800], count: 3, blurb: 'A stonewashed linen duvet cover that gets softer every night', features: ['100% European flax linen.', 'Coconut-shell buttons.', 'Internal corner ties.'], options: (rng) => [{ name: 'Size', values: ['Twin', 'Queen', 'King'] }, { name: 'Color', values: rng.pick(['Natural', 'White', 'Sage', 'Terracotta', 'Charcoal'], 2) }], surcharge: { Queen: 3000, King: 5000 } },
  { category: 'bedding', noun: 'Percale Sheet Set', price: [8999, 15999], weight: [1100, 1600], count: 3, blurb: 'Crisp, cool percale sheets for hot sleepers', features: ['400 thread count long-staple cotton.', 'Deep pockets fit mattresses up to 40 cm.', 'Includes two pillowcases.'], options: () => [{ name: 'Size', values: ['Twin', 'Queen', 'King'] }], surcharge: { Queen: 2000, King: 4000 } },
  { category: 'bedding', noun: 'Turkish Bath Towel Set', price: [4999, 8999], weight: [1400, 2000], count: 3, blurb: 'Plush Turkish cotton towels that dry fast', features: ['600 GSM.', 'Two bath towels, two hand towels.', 'OEKO-TEX certified.'], options: colourOption(['White', 'Sand', 'Slate Blue', 'Sage'], 3) },
  { category: 'decor', noun: 'Ceramic Vase', price: [2999, 8999], weight: [800, 2200], count: 4, blurb: 'A hand-thrown ceramic vase with a speckled glaze', features: ['Watertight.', 'Each one slightly different.', 'Made in small batches.'] },
  { category: 'decor', noun: 'Soy Wax Candle', price: [1999, 4499], weight: [350, 600], count: 4, blurb: 'A slow-burning soy candle in a reusable glass', features: ['60-hour burn time.', 'Cotton wick.', 'Essential-oil fragrance.'], options: () => [{ name: 'Scent', values: ['Cedar & Sage', 'Fig Leaf', 'Sea Salt'] }] },
  { category: 'decor', noun: 'Wool Throw Blanket', price: [7999, 14999], weight: [900, 1400], count: 3, blurb: 'A chunky wool throw for the sofa', features: ['Lambswool blend.', 'Fringed edges.', '130 × 180 cm.'], options: colourOption(['Oatmeal', 'Charcoal', 'Mustard', 'Rust'], 2) },
  { category: 'decor', noun: 'Table Lamp', price: [5999, 16999], weight: [1500, 3200], count: 3, blurb: 'A table lamp with a warm linen shade', features: ['Ceramic base.', 'Dimmable.', 'Bulb included.'] },
  { category: 'furniture', noun: 'Oak Side Table', price: [14999, 29999], weight: [6500, 9500], count: 3, blurb: 'A solid oak side table with a lower shelf', features: ['FSC-certified oak.', 'Oiled finish.', 'Simple to assemble.'] },
  { category: 'furniture', noun: 'Bookshelf', price: [19999, 49999], weight: [18000, 32000], count: 3, blurb: 'A five-shelf bookcase that holds a serious library', features: ['Adjustable shelves.', 'Wall anchor included.', '180 cm tall.'], options: colourOption(['Natural Oak', 'Walnut', 'White'], 2) },
  { category: 'furniture', noun: 'Accent Chair', price: [24999, 59999], weight: [12000, 19000], count: 2, blurb: 'A mid-century accent chair with a deep, comfortable seat', features: ['Solid beech frame.', 'Removable cushion cover.', 'Seat height 44 cm.'], options: colourOption(['Oatmeal Boucle', 'Forest Velvet', 'Cognac Leather'], 2) },
];

const BOOK_GENRES: Record<string, { titles: string[]; blurb: string; pages: [number, number] }> = {
  fiction: {
    titles: ['The Silent Harbor', 'A Map of Lost Rivers', 'The Glass Orchard', 'Winter at Blackwood Hall', 'The Last Lighthouse Keeper', 'Salt and Starlight', 'The Cartographer’s Daughter', 'Under the Lemon Trees', 'The Night Train to Lisbon', 'Echoes of the Valley', 'The Clockmaker’s Secret', 'Paper Boats'],
    blurb: 'A novel', pages: [260, 520],
  },
  'non-fiction': {
    titles: ['The Curious Mind', 'A Short History of Bridges', 'Deep Work in a Distracted Age', 'The Hidden Life of Forests', 'Numbers Everywhere', 'The Art of Slow Travel', 'How Cities Breathe', 'The Weather Makers', 'Sleep, Explained', 'The Language of Birds', 'Small Habits, Big Change', 'The Story of Salt'],
    blurb: 'An engaging work of non-fiction', pages: [220, 460],
  },
  cookbooks: {
    titles: ['Weeknight Vegetables', 'The Sourdough Year', 'Salt, Fat, Fire', 'One Pan Dinners', 'The Mediterranean Table', 'Noodles Every Day', 'Baking with Grandma', 'The Spice Drawer', 'Simple Soups', 'Breakfast All Day', 'The Plant-Based Kitchen', 'Grill Season'],
    blurb: 'A cookbook', pages: [180, 320],
  },
  'childrens-books': {
    titles: ['The Little Fox Who Couldn’t Sleep', 'Milo and the Moon', 'Dragons Don’t Eat Broccoli', 'The Very Brave Snail', 'Pip’s Big Adventure', 'Counting Clouds', 'The Bear Who Loved Books', 'Lulu Learns to Fly', 'Stomp, Stomp, Dinosaur!', 'Goodnight, Lighthouse', 'The Tiny Tugboat', 'Where Do Puddles Go?'],
    blurb: 'A picture book', pages: [32, 64],
  },
};
const AUTHORS = ['Eleanor Vance', 'Marcus Holt', 'Priya Raman', 'Tomás Ortega', 'Hannah Lindqvist', 'Julian Park', 'Amara Okafor', 'Samuel Reyes', 'Clara Dubois', 'Kenji Watanabe', 'Isabel Moreau', 'Noah Fischer'];
const BOOK_PRAISE = ['A gripping, beautifully written story.', 'Praised as one of the year’s best.', 'Readers call it impossible to put down.', 'Winner of a national book award.', 'Warm, wise and full of surprises.', 'A perfect gift for curious readers.'];

/** A small deterministic random generator (mulberry32). */
class Rng {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: T[], n: number): T[] {
    const copy = [...items];
    const chosen: T[] = [];
    while (chosen.length < n && copy.length) chosen.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return chosen;
  }
  /** A price ending in 99 cents within the range. */
  price([min, max]: [number, number]): number {
    return Math.max(99, Math.round(this.int(min, max) / 100) * 100 - 1);
  }
}

/** A fixed UUID for a seed row, so ids are the same on every machine. */
export function stableId(key: string): string {
  const hex = createHash('sha256').update(`zero-catalog:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface DemoCatalog {
  categories: (typeof categories.$inferInsert)[];
  products: (typeof products.$inferInsert)[];
  variants: (typeof variants.$inferInsert)[];
  images: (typeof productImages.$inferInsert)[];
  movements: (typeof stockMovements.$inferInsert)[];
}

const SEED_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

/** Builds the demo catalog in memory (no database involved). */
export function buildDemoCatalog(): DemoCatalog {
  const rng = new Rng(20250106);
  const out: DemoCatalog = { categories: [], products: [], variants: [], images: [], movements: [] };
  const categoryIds = new Map<string, string>();
  DEMO_CATEGORIES.forEach((top, i) => {
    const id = stableId(`category:${top.slug}`);
    categoryIds.set(top.slug, id);
    out.categories.push({ id, slug: top.slug, name: top.name, parentId: null, position: i });
    top.children.forEach((child, j) => {
      const childId = stableId(`category:${child.slug}`);
      categoryIds.set(child.slug, childId);
      out.categories.push({ id: childId, slug: child.slug, name: child.name, parentId: id, position: j });
    });
  });

  type Draft = { name: string; description: string; category: string; options: OptionValue[]; variants: { selected: SelectedOptionValue[]; price: number; weight: number }[] };
  const drafts: Draft[] = [];
  for (const kind of KINDS) {
    const brands = kind.category in { tops: 1, bottoms: 1, outerwear: 1, activewear: 1 } ? CLOTHING_BRANDS : ['kitchen', 'bedding', 'decor', 'furniture'].includes(kind.category) ? HOME_BRANDS : ELECTRONICS_BRANDS;
    for (const brand of rng.pick(brands, kind.count)) {
      const options = kind.options?.(rng) ?? [];
      const base = rng.price(kind.price);
      const weight = rng.int(kind.weight[0], kind.weight[1]);
      const features = rng.pick(kind.features, Math.min(2, kind.features.length));
      drafts.push({
        name: `${brand} ${kind.noun}`,
        description: `${kind.blurb}, from ${brand}. ${features.join(' ')}`,
        category: kind.category,
        options,
        variants: combinations(options).map((selected) => ({
          selected,
          price: base + selected.reduce((sum, o) => sum + (kind.surcharge?.[o.value] ?? 0), 0),
          weight: weight + (selected.some((o) => o.value === 'XL' || o.value === '36' || o.value === 'King') ? Math.round(weight * 0.1) : 0),
        })),
      });
    }
  }
  for (const [genre, { titles, blurb, pages }] of Object.entries(BOOK_GENRES)) {
    titles.forEach((title, i) => {
      const author = AUTHORS[(i * 5 + genre.length) % AUTHORS.length]!;
      const pageCount = rng.int(pages[0], pages[1]);
      const paperback = rng.price(genre === 'childrens-books' ? [799, 1299] : [1299, 1999]);
      const hardcover = paperback + rng.int(8, 14) * 100;
      const weight = Math.round(pageCount * 1.3 + 80);
      drafts.push({
        name: title,
        description: `${blurb} by ${author}. ${pageCount} pages. ${rng.pick(BOOK_PRAISE, 1)[0]}`,
        category: genre,
        options: [{ name: 'Format', values: ['Hardcover', 'Paperback'] }],
        variants: [
          { selected: [{ name: 'Format', value: 'Hardcover' }], price: hardcover, weight: Math.round(weight * 1.5) },
          { selected: [{ name: 'Format', value: 'Paperback' }], price: paperback, weight },
        ],
      });
    });
  }

  drafts.forEach((draft, index) => {
    const slug = slugify(draft.name);
    const id = stableId(`product:${slug}`);
    const soldOut = rng.next() < 0.08;
    const prices = draft.variants.map((v) => v.price);
    // Spread over the past year, one product every ~37 hours, in a shuffled order so NEWEST mixes departments.
    const createdAt = new Date(SEED_EPOCH + ((index * 7919) % drafts.length) * 37 * 3600_000);
    out.products.push({
      id, slug, name: draft.name, description: draft.description, categoryId: categoryIds.get(draft.category)!,
      options: draft.options, minPrice: Math.min(...prices), maxPrice: Math.max(...prices), createdAt, updatedAt: createdAt,
    });
    out.images.push({ id: stableId(`image:${slug}`), productId: id, url: imagePath(slug), alt: draft.name, position: 0 });
    const skuBase = slug.split('-').map((w) => w.slice(0, 3)).join('').toUpperCase().slice(0, 12);
    draft.variants.forEach((v, position) => {
      const variantId = stableId(`variant:${slug}:${position}`);
      const onHand = soldOut || rng.next() < 0.06 ? 0 : rng.int(1, 120);
      const suffix = v.selected.map((o) => o.value.replace(/[^A-Za-z0-9]/g, '').slice(0, 4).toUpperCase()).join('-');
      out.variants.push({
        id: variantId, productId: id, sku: `${skuBase}-${String(index).padStart(3, '0')}${suffix ? `-${suffix}` : ''}`,
        title: variantTitle(v.selected), selectedOptions: v.selected, price: v.price, weightGrams: v.weight, onHand, position, createdAt,
      });
      if (onHand > 0) {
        out.movements.push({ id: stableId(`movement:${variantId}`), variantId, delta: onHand, onHandAfter: onHand, reason: 'seed', actor: 'system', createdAt });
      }
    });
  });
  return out;
}

function combinations(options: OptionValue[]): SelectedOptionValue[][] {
  return options.reduce<SelectedOptionValue[][]>(
    (acc, option) => acc.flatMap((prefix) => option.values.map((value) => [...prefix, { name: option.name, value }])),
    [[]],
  );
}

/**
 * Writes the demo catalog unless the store already has products: one multi-row INSERT per table, in one
 * transaction, under a lock so two replicas starting together seed once.
 */
export async function seedDemoCatalog(db: Database<typeof tables>, logger: Logger): Promise<boolean> {
  const catalog = buildDemoCatalog();
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(lockKey('catalog:seed'));
    const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(products);
    if (Number(count) > 0) return false;
    await tx.insert(categories).values(catalog.categories).onConflictDoNothing();
    await tx.insert(products).values(catalog.products);
    await tx.insert(variants).values(catalog.variants);
    await tx.insert(productImages).values(catalog.images);
    await tx.insert(stockMovements).values(catalog.movements);
    return true;
  });
  if (seeded) logger.info({ products: catalog.products.length, variants: catalog.variants.length }, 'demo catalog seeded');
  return seeded;
}

/** The categories alone: a store needs its departments even when the demo products are not wanted. */
export async function ensureCategories(db: Database<typeof tables>): Promise<void> {
  const { categories: rows } = buildDemoCatalog();
  await db.insert(categories).values(rows).onConflictDoNothing();
}

import { foodKey } from './food-key.ts';

/** Aisles in the order a walk through a typical shop meets them. */
export const AISLES = [
  'Produce',
  'Bakery',
  'Meat & fish',
  'Dairy & eggs',
  'Pantry',
  'Spices & herbs',
  'Frozen',
  'Drinks',
  'Household',
  'Other',
] as const;
export type Aisle = (typeof AISLES)[number];

const FOODS: Record<Exclude<Aisle, 'Other'>, string> = {
  Produce:
    'apple banana lemon lime orange grape berry strawberry raspberry blueberry avocado tomato potato onion garlic shallot leek carrot celery cucumber courgette zucchini aubergine eggplant pepper chilli lettuce spinach kale cabbage broccoli cauliflower mushroom pea bean sprout corn pumpkin squash ginger herb parsley coriander cilantro basil mint dill chive thyme rosemary sage mango pineapple melon pear peach plum cherry fennel radish beetroot asparagus',
  Bakery: 'bread baguette roll bun bagel croissant pita tortilla wrap naan brioche loaf',
  'Meat & fish':
    'chicken beef pork lamb mince bacon ham sausage turkey duck salmon tuna cod prawn shrimp fish steak chorizo guanciale pancetta anchovy',
  'Dairy & eggs':
    'milk butter cream cheese yoghurt yogurt egg parmesan mozzarella cheddar feta ricotta halloumi gruyere mascarpone creme',
  Pantry:
    'flour sugar rice pasta spaghetti noodle oat lentil chickpea bean stock oil vinegar honey syrup sauce ketchup mustard mayonnaise passata tin can coconut nut almond walnut peanut cashew chocolate cocoa yeast baking cereal jam tahini soy',
  'Spices & herbs':
    'salt pepper cumin paprika turmeric cinnamon nutmeg clove cardamom chili masala curry oregano bay vanilla spice',
  Frozen: 'frozen ice peas',
  Drinks: 'water juice coffee tea wine beer soda lemonade',
  Household: 'soap detergent paper foil towel sponge bag bin toothpaste shampoo',
};

const AISLE_BY_WORD = new Map<string, Aisle>();
for (const [aisle, words] of Object.entries(FOODS) as [Aisle, string][]) {
  for (const word of words.split(' ')) if (!AISLE_BY_WORD.has(word)) AISLE_BY_WORD.set(word, aisle);
}

/**
 * Where a food usually is. The last word usually names the food ("cherry tomato"), so it
 * decides; earlier words are tried after it ("chicken thigh").
 */
export function aisleFor(name: string): Aisle {
  const words = foodKey(name).split(' ').reverse();
  for (const word of words) {
    const aisle = AISLE_BY_WORD.get(word);
    if (aisle) return aisle;
  }
  return 'Other';
}

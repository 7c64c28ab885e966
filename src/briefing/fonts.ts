// The one place that knows where the briefing's fonts live. Paths resolve
// through Node's module resolution from this module, so they work from the
// repository and from a Lambda asset whose node_modules hold the font package
// next to the bundle. Open Sans (static TTFs) covers Latin Extended (Öğütcü,
// AVİM) and Cyrillic, and pdfkit embeds only the glyphs a briefing uses.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PACKAGE = "@expo-google-fonts/open-sans";

export const FONT_FILES = {
  regular: require.resolve(`${PACKAGE}/400Regular/OpenSans_400Regular.ttf`),
  italic: require.resolve(`${PACKAGE}/400Regular_Italic/OpenSans_400Regular_Italic.ttf`),
  semibold: require.resolve(`${PACKAGE}/600SemiBold/OpenSans_600SemiBold.ttf`),
  bold: require.resolve(`${PACKAGE}/700Bold/OpenSans_700Bold.ttf`),
} as const;

export type FontName = keyof typeof FONT_FILES;

// Story images: line illustrations drawn for this repository in the profile's illustration
// style (one colour, rounded line ends, thick lines for form and half-thickness for detail) on
// Ljusblå. Inline data URIs, so stories and screenshots need no network and no photo licence.
const svg = (body: string, width = 1600, height = 900) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
      `<rect width="${width}" height="${height}" fill="#BFE4F2"/>` +
      `<g fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round">${body}</g></svg>`,
  )}`;

/** A tram at a stop, under its overhead wire. */
export const tram = svg(
  '<path stroke-width="24" d="M120 760h1360"/>' +
    '<path stroke-width="12" d="M160 170h1280M760 170l-80 130M760 170l80 130"/>' +
    '<rect stroke-width="24" x="360" y="300" width="880" height="380" rx="60"/>' +
    '<path stroke-width="12" d="M430 380h160v140H430zM650 380h160v140H650zM870 380h160v140H870zM1090 380h90v300"/>' +
    '<circle stroke-width="24" cx="520" cy="720" r="44"/><circle stroke-width="24" cx="1080" cy="720" r="44"/>' +
    '<path stroke-width="12" d="M220 760V520M180 520h80"/>',
);

/** Trees and a bench in a park. */
export const park = svg(
  '<path stroke-width="24" d="M100 780h1400"/>' +
    '<circle stroke-width="24" cx="420" cy="400" r="180"/><path stroke-width="24" d="M420 580v200"/>' +
    '<circle stroke-width="24" cx="1150" cy="440" r="140"/><path stroke-width="24" d="M1150 580v200"/>' +
    '<path stroke-width="12" d="M640 660h320M660 660v120M940 660v120M640 600h320"/>' +
    '<path stroke-width="12" d="M360 400l60 60 60-60M1100 440l50 50 50-50"/>',
);

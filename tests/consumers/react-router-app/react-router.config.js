/** Framework mode with server rendering (the default, stated for the reader). */
export default { ssr: true };

export const measures = {
};

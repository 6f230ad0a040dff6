export const kpis = {
};

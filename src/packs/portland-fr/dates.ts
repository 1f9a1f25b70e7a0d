/** Portland City Code ch. 34.10 (Ordinance 190114) is in force from this day (bipa-reference.md §4.6). */
export const EFFECTIVE_FROM = "2021-01-01";

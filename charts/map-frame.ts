/** The partner map's frame, in viewBox units: about CSS pixels of the 1920-wide slide (components/ChartFrame.vue). */
export const partnerMapFrame = { width: 1696, height: 690 } as const

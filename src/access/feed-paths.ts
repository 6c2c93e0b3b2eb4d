/** A member's own calendar feed, by the same token as their page (their group's itinerary, the link theirs alone). Pure: pages import it. */
export const memberFeedPath = (token: string) => `/cal/m/${token}.ics`;
/** An expert's calendar feed, by the same token as their page. */
export const expertFeedPath = (token: string) => `/cal/x/${token}.ics`;

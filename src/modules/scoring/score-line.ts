/** One line of a score explanation; the points of all lines add up to the score shown. */
export interface ScoreLine {
  label: string;
  points: number;
}

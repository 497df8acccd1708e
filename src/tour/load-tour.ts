import { getCollection } from "astro:content";
import { buildTour, type Tour } from "./tour.ts";

let tour: Promise<Tour> | undefined;

/** The tour built from the content collections; every page of a build shares one. */
export function loadTour(): Promise<Tour> {
  tour ??= Promise.all([
    getCollection("chapters"),
    getCollection("lessons"),
    getCollection("exercises"),
  ]).then(([chapters, lessons, exercises]) => buildTour(chapters, lessons, exercises));
  return tour;
}

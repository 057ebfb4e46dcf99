// The hotline every answer hands over to, from content/facts.yaml.
import { getContent } from "~/model/load.server";

export const hotlineNumber = (): string => getContent().facts.hotline.number;

/**
 * `<sx-report>`'s picture on the server: the long image (长图) of the sections asked for, the same document the
 * report's download menu makes (components/report/report.long-render.ts draws both).
 */
import type { ReportModel } from '../../components/report/report.js';
import { longPictureDocument } from '../../components/report/report.long-render.js';
import { longPictureRequest } from '../../components/report/report.long-sources.js';
import type { Lang } from '../i18n/index.js';
import { assertPlainSvg } from './picture-svg.js';

/**
 * The long image at `width` pixels (its layout is 1080 px wide; another width scales the document, its viewBox
 * kept).
 */
export async function renderLongImage(
  model: ReportModel,
  lang: Lang,
  dark: boolean,
  width = 1080,
): Promise<{ svg: string; width: number; height: number }> {
  const picture = await longPictureDocument(longPictureRequest(model.sections, lang, dark));
  const height = Math.round((picture.height * width) / picture.width);
  const svg = picture.svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/, (open) =>
    width === picture.width ? open : `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`,
  );
  return { svg: assertPlainSvg(svg), width, height };
}

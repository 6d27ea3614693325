import type { Preset } from 'unified';
import type { PipelineOptions } from '../pipeline.ts';
import remarkCallouts from '../remark-callouts.ts';
import remarkCodeAttributes from '../remark-code-attributes.ts';
import remarkColumns from '../remark-columns.ts';
import remarkDiagrams from '../remark-diagrams.ts';
import remarkDirectiveNames from '../remark-directive-names.ts';
import remarkEquationNumbers from '../remark-equation-numbers.ts';
import remarkExecutedCells from '../remark-executed-cells.ts';
import remarkFigures from '../remark-figures.ts';
import remarkHeadingAttributes from '../remark-heading-attributes.ts';
import remarkImageAttributes from '../remark-image-attributes.ts';
import remarkImageChecks from '../remark-image-checks.ts';
import remarkInternalLinks from '../remark-internal-links.ts';
import remarkMystPageDirectives from '../remark-myst-page-directives.ts';
import remarkMystRoles from '../remark-myst-roles.ts';
import remarkPanelTabset from '../remark-panel-tabset.ts';
import remarkShortcodes from '../remark-shortcodes.ts';
import remarkSlideBlocks from '../remark-slide-blocks.ts';
import remarkStretch from '../remark-stretch.ts';
import remarkSubSuperscript from '../remark-sub-superscript.ts';
import remarkTableCaptions from '../remark-table-captions.ts';
import remarkViewBlocks from '../remark-view-blocks.ts';

/**
 * What the syntax means: code cells with their outputs (whose Markdown then meets every plugin after),
 * MyST's page directives (the site makes its own), directives, code attributes, shortcodes and roles, images, links, view blocks, callouts, figures,
 * diagrams, captions, equation numbers, columns and heading attributes, each becoming the nodes it stands for.
 */
export function meaning({ siteFiles, images, missingAltText }: Pick<PipelineOptions, 'siteFiles' | 'images' | 'missingAltText'>): Preset {
  return {
    plugins: [
      remarkExecutedCells,
      remarkMystPageDirectives,
      remarkDirectiveNames,
      remarkCodeAttributes,
      [remarkShortcodes, { siteFiles }],
      remarkMystRoles,
      remarkSubSuperscript,
      [remarkImageChecks, { images, missingAltText }],
      remarkImageAttributes,
      remarkInternalLinks,
      remarkViewBlocks,
      remarkCallouts,
      remarkSlideBlocks,
      remarkPanelTabset,
      remarkFigures,
      remarkDiagrams,
      remarkTableCaptions,
      remarkEquationNumbers,
      remarkColumns,
      remarkStretch,
      remarkHeadingAttributes,
    ],
  };
}

import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../errors';
import type { AppContext } from '../graphql/context';
import { languages, supportedLanguage, translator } from '../i18n/catalogs';
import type { Translator } from '../i18n/translate';
import { Maturity, PartnerRecommendation, SectorGap } from './analytics.type';
import { NeedRecommendation } from './needs.type';
import type { Wording } from './wording';

const LANGUAGE = {
  nullable: true,
  description:
    'A language of the catalogs in locales/ ("en", "pt"; "pt-BR" finds "pt"); default the request\'s ' +
    'Accept-Language, else English.',
} as const;

/** The `language` argument, else the request's Accept-Language (already matched to a catalog). */
function translatorFor(language: string | null | undefined, ctx: AppContext): Translator {
  if (language === null || language === undefined) return translator(ctx.language);
  const found = supportedLanguage(language);
  if (found === null)
    throw new BadUserInputError(`language '${language}' has no catalog: one of ${languages().join(', ')}`);
  return translator(found);
}

/** English is computed with the analysis; any other language is said on demand, from the same numbers. */
function say(root: { explanation: string; wording?: Wording }, t: Translator): string {
  return t.language === 'en' || !root.wording ? root.explanation : root.wording(t);
}

@Resolver(() => SectorGap)
export class SectorGapWordingResolver {
  @FieldResolver(() => String, {
    description: 'One sentence built from the numbers, for dashboards and reports, in `language`.',
  })
  explanation(
    @Root() gap: SectorGap & { wording?: Wording },
    @Arg('language', () => String, LANGUAGE) language: string | null,
    @Ctx() ctx: AppContext,
  ): string {
    return say(gap, translatorFor(language, ctx));
  }
}

@Resolver(() => PartnerRecommendation)
export class RecommendationWordingResolver {
  @FieldResolver(() => String, {
    description: 'Why the two could partner and who could introduce them, in `language`.',
  })
  explanation(
    @Root() r: PartnerRecommendation & { wording?: Wording },
    @Arg('language', () => String, LANGUAGE) language: string | null,
    @Ctx() ctx: AppContext,
  ): string {
    return say(r, translatorFor(language, ctx));
  }
}

@Resolver(() => NeedRecommendation)
export class NeedRecommendationWordingResolver {
  @FieldResolver(() => String, {
    description: 'The need, what each side brings and who knows both, in `language`.',
  })
  explanation(
    @Root() r: NeedRecommendation & { wording?: Wording },
    @Arg('language', () => String, LANGUAGE) language: string | null,
    @Ctx() ctx: AppContext,
  ): string {
    return say(r, translatorFor(language, ctx));
  }
}

@Resolver(() => Maturity)
export class MaturityWordingResolver {
  @FieldResolver(() => [String], { description: 'Why the stage holds, in `language`.' })
  reasons(
    @Root() m: Maturity & { wording?: (t: Translator) => string[] },
    @Arg('language', () => String, LANGUAGE) language: string | null,
    @Ctx() ctx: AppContext,
  ): string[] {
    const t = translatorFor(language, ctx);
    return t.language === 'en' || !m.wording ? m.reasons : m.wording(t);
  }
}

namespace Forgejo.Tests.ClaimRules;

/// <summary>
/// Compile outcomes recorded from gobwas/glob itself (Debian's golang-github-gobwas-glob-dev
/// 0.2.3+git20180208, whose parser is v0.2.3's) for 2,000 random patterns over <c>ab*?[]!-{},\</c>,
/// <c>é</c>, <c>😀</c> and <c>z</c>: one line per pattern, a tab, then "ok" or gobwas's error message.
/// Recorded with <c>GobwasOracle/main.go</c>.
/// </summary>
internal static class GobwasCompileCases
{
    public const string Table = """
        }😀a*	ok
        }	ok
        é	ok
        éa}	ok
        [{?😀**	unexpected end of input
        \?}!😀{?	ok
        *{-[bé!	unexpected end of input
        \,😀a*b[*	unexpected end of input
        é\	ok
        ,**	ok
        	ok
        *a}{]bbé{	ok
        😀{?😀*}b]	ok
        }-!}😀😀*?	ok
        \	ok
        zb]?a\é	ok
        [za	unexpected end of input
        -😀{!?[!,	unexpected end of input
        b}	ok
        z}éa-😀aa[	unexpected end of input
        😀][?😀*z]	ok
        [{😀	unexpected end of input
        !	ok
        }{}	ok
        {!,{b*é?	ok
        ?😀	ok
        \[b?	ok
        ,!*]!\é}	ok
        \{	ok
        ,,z*]	ok
        ,]z	ok
        a😀,\\}-	ok
        }{-a	ok
        ![?{	unexpected end of input
        ?é?	ok
        ,😀\}-?*\é	ok
        ,,ab	ok
        a	ok
        -*{	ok
        za*a]!	ok
        \]😀z-a{a	ok
        ,?b,!	ok
        b😀{😀\?😀	ok
        zb-?\a	ok
        }zaéz]}	ok
        }b😀-a!!	ok
        ébz😀\?[,	unexpected end of input
        😀	ok
        😀\{}}[,*😀	unexpected end of input
        \**}bb!b{	ok
        }?}z	ok
        é😀é?]	ok
        zb,😀é,	ok
        -?{é	ok
        \,a?b	ok
        bé{{a?	ok
        [{[,é}[b	unexpected end of input
        {?*é	ok
        *b	ok
        a\\😀b[	unexpected end of input
        a*zéa]	ok
        za-	ok
        !z??😀a*	ok
        aa]	ok
        \![	unexpected end of input
        }z??],	ok
        z]bb]😀]	ok
        z?[,	unexpected end of input
        *],éb	ok
        z*,	ok
        b[*\*{	unexpected end of input
        [	unexpected end of input
        😀!b*	ok
        {😀[?{\	unexpected end of input
        **	ok
        a[*?bb]	ok
        ]	ok
        }\[],éé\z	ok
        z😀a*z}😀\	ok
        ]}é-b,é[{	unexpected end of input
        \?	ok
        {\]	ok
        ]??-[	unexpected end of input
        😀a]a{\b]z	ok
        }\]	ok
        \😀}?-😀-	ok
        -{}-😀zé	ok
        !z{\\z	ok
        !],é	ok
        }\-z{a}*	ok
        a\	ok
        [[!]}	ok
        *},z	ok
        z	ok
        a},,😀\*{a	ok
        b	ok
        \,]bé],{,	ok
        ??*?]?,	ok
        a\]é	ok
        bé{	ok
        z*-][?b	unexpected end of input
        -a\[-\-[	unexpected end of input
        {?	ok
        a[\]	unexpected end of input
        ?*?😀\	ok
        }ba?!!}	ok
        -é!{-[,}	unexpected end of input
        [😀é😀\\}?	unexpected end of input
        b-]!	ok
        *\!-	ok
        {}b-[]?\}	could not parse range
        *,za?é\😀,	ok
        !z?]--},\	ok
        ]ab\]}!{	ok
        b,za	ok
        \b]😀a-a	ok
        }😀	ok
        \\\	ok
        **!][a,!	unexpected end of input
        *	ok
        z}é?}[é!	unexpected end of input
        😀a😀	ok
        baz	ok
        -!	ok
        {z?\	ok
        \?!-*][!]	could not parse range
        z?z?	ok
        !]]a	ok
        }a	ok
        z\ab😀!*a	ok
        [,?[]]	ok
        }?[-é]	ok
        ]!	ok
        😀z\!-*b!é	ok
        ?{😀é😀}bzb	ok
        z!z}é😀[,	unexpected end of input
        ba	ok
        😀}\\\b	ok
        -é*	ok
        {]b	ok
        ,]{-z😀}[	unexpected end of input
        ]{a[{*	unexpected end of input
        ]!😀	ok
        b,?😀]	ok
        \[*	ok
        -[\{	unexpected end of input
        a}	ok
        ba!é,,	ok
        *,,zé]	ok
        ?-😀,[[	unexpected end of input
        ?[]]{a	could not parse range
        a*az,	ok
        😀é*😀\éb]	ok
        bé{,	ok
        ]?\a[,	unexpected end of input
        ]bé	ok
        a[	unexpected end of input
        😀é\}-!{\	ok
        ?*😀,\😀é!	ok
        -baé]?-	ok
        ab-}😀\😀*😀	ok
        éé	ok
        !éb\?	ok
        !z{-,{a?}	ok
        😀*-]!a?	ok
        \\a]!,{!	ok
        b{\	ok
        zb![zé{[	unexpected end of input
        a{{z?	ok
        😀éz?😀é!b	ok
        ?*	ok
        {a-},!	ok
        -[-z[*-]	ok
        ,éb😀b[?]	ok
        {*?}!!}az	ok
        -a[[	unexpected end of input
        !,	ok
        \}!,*!?*	ok
        ?]b}{	ok
        b,*z[a*\{	unexpected end of input
        b😀?	ok
        {	ok
        !zé	ok
        *zé{?}{[	unexpected end of input
        ,?😀}	ok
        ?	ok
        [[a	unexpected end of input
        !za	ok
        ?é	ok
        ?[,é😀**a	unexpected end of input
        b}*bba	ok
        z😀[bz\b	unexpected end of input
        \z}a]--b	ok
        z,[😀}😀[😀	unexpected end of input
        b?aa\,	ok
        😀a[	unexpected end of input
        😀😀?b	ok
        ]{\b	ok
        z!é😀[{😀{*	unexpected end of input
        ]}zé*	ok
        [b😀{*-{*]	ok
        é!-b	ok
        😀}	ok
        zz[z[	unexpected end of input
        {[b😀{{],	ok
        }😀*a	ok
        \!é!	ok
        }\b}!{-😀😀	ok
        }😀[	unexpected end of input
        z]é	ok
        ?é\	ok
        !z]b***]z	ok
        *\}z\z!*z	ok
        za},,é-	ok
        ],{,!,😀	ok
        *}é-	ok
        !b!	ok
        é{-!a}*!a	ok
        -	ok
        \a{b,],b?	ok
        \😀z,?}zb	ok
        !-😀[\}*😀	unexpected end of input
        b][},	unexpected end of input
        }}*?b,bb	ok
        aaa-}[	unexpected end of input
        ,[}*![[	unexpected end of input
        ,{	ok
        \},?-?]!*	ok
        [![	unexpected end of input
        ?é*éb	ok
        é😀é	ok
        {*{b,-😀	ok
        !{{]\	ok
        *?]{é[![	unexpected end of input
        b{	ok
        é,éza	ok
        b,,}?baéb	ok
        ?{!a	ok
        é[\}éb	unexpected end of input
        ,a?b!é,-	ok
        [{	unexpected end of input
        !?{	ok
        [}-!	unexpected end of input
        {,]-}[{	unexpected end of input
        {}	ok
        a😀*bb,,[[	unexpected end of input
        {z😀zé	ok
        \??*é😀*?é	ok
        \a\b}!},*	ok
        -{\😀!,	ok
        }!!	ok
        ]ab{	ok
        []éb{	could not parse range
        😀]?*😀	ok
        ,	ok
        !}[a😀\,z	unexpected end of input
        \?]?😀][	unexpected end of input
        {}?😀z\?	ok
        ,😀	ok
        -?}][!!	unexpected end of input
        !\	ok
        éz!-*{é,z	ok
        😀-éa[😀\	unexpected end of input
        é[]z,	could not parse range
        z😀?{?[	unexpected end of input
        ba][	unexpected end of input
        b}😀\ab	ok
        -z-é]?z	ok
        aa}[!	unexpected end of input
        !a,	ok
        a?}?[!😀	unexpected end of input
        }[,\]	unexpected end of input
        -[😀é	unexpected end of input
        }]b,	ok
        [}	unexpected end of input
        é??	ok
        baé😀	ok
        ]]éz	ok
        zé,}é\b,	ok
        [a-,!?	expected close range character
        z\-z	ok
        -*bz-!]}!	ok
        *z,},!é}	ok
        -\*]z*]]]	ok
        ,!!	ok
        ab\aé,?}?	ok
        za	ok
        b{*}?\	ok
        ]**	ok
        ]é😀\😀é😀,?	ok
        b?bé},\	ok
        -\{,]z[	unexpected end of input
        ]\😀zb	ok
        *b[a]éb	ok
        z-é!--	ok
        ,[a[{[{	unexpected end of input
        ,\z]z[	unexpected end of input
        {éé\!b]	ok
        {?\é😀!,	ok
        !\éa	ok
        😀a\!	ok
        -é]a\	ok
        ?z[\\a\-\	unexpected end of input
        a-{\*	ok
        }é	ok
        é*}a![b}?	unexpected end of input
        {],]?\	ok
        é]*}-\😀	ok
        \bb	ok
        b},é*b	ok
        a*[z,	unexpected end of input
        --😀	ok
        é}\	ok
        😀\[a}za[	unexpected end of input
        -?😀	ok
        \\é]z\!]	ok
        é*\😀*\é-	ok
        a-	ok
        ]!😀-	ok
        *😀[éa}	unexpected end of input
        }-bz\	ok
        \a{	ok
        }zzé!\\	ok
        [[😀!{-[{	unexpected end of input
        b\?,-b]z	ok
        ][}-]	unexpected end of input
        -é	ok
        ,,[a}	unexpected end of input
        b]-[é😀]-	ok
        z[\}?\!*	unexpected end of input
        !😀😀é[a	unexpected end of input
        \z{-}!*éa	ok
        b*a]{{	ok
        ]]zzb[a]]	ok
        [[{-a	unexpected end of input
        *}z{[\,*	unexpected end of input
        b}]]{,]}	ok
        {\!,-}	ok
        ?-é?*z	ok
        }{[{?é*!é	unexpected end of input
        ]-]	ok
        *],ézbz,	ok
        bz,}	ok
        }{!*b	ok
        😀\?z]{{😀	ok
        ba,	ok
        b}?*\}?,	ok
        *\\a	ok
        😀],é-bza	ok
        bé[]]\{-}	could not parse range
        ,{z*	ok
        *a!😀a	ok
        -,😀}	ok
        \[*-😀{b}b	ok
        b*b!?	ok
        😀é],😀zé,	ok
        ?é,z-]?]	ok
        }{	ok
        *]\\]a😀]!	ok
        ][éb?	unexpected end of input
        ?},??-[*	unexpected end of input
        -{😀[[	unexpected end of input
        b😀[][[	could not parse range
        \é{[\[b	unexpected end of input
        aé[[!éa	unexpected end of input
        }}}😀b	ok
        {é*\{é[b	unexpected end of input
        {aabz!-a	ok
        *?\]z,a{	ok
        a]\,!-a*	ok
        é😀}{	ok
        }?*!{!	ok
        !]b,[	unexpected end of input
        }😀]]*-	ok
        éz😀	ok
        b?[\,!😀	unexpected end of input
        ?*-!	ok
        ,!?,b	ok
        }??},	ok
        \-,!\	ok
        }{😀[	unexpected end of input
        😀\é	ok
        {?*	ok
        za[-b,zé	unexpected end of input
        \}!}	ok
        aé	ok
        ,]\b[*?[	unexpected end of input
        a-é?*?\}	ok
        a-!\éé!	ok
        -😀😀}[😀*	unexpected end of input
        z{]]a,{*,	ok
        \,}	ok
        ?*b*😀*[z	unexpected end of input
        }-{}]?é,	ok
        ab*??	ok
        *-*zé,*	ok
        }]	ok
        *a}*😀?a??	ok
        *{	ok
        \aéa	ok
        é,z\\*	ok
        ?a}!?*é	ok
        \a,*	ok
        é[z\]a{?	unexpected end of input
        !}b*bz	ok
        aé{\\é][z	unexpected end of input
        {b}!	ok
        \,*!	ok
        !]*[b{-	unexpected end of input
        z,*,	ok
        z{b[z[!z{	unexpected end of input
        ]-zz[a}{	unexpected end of input
        é}b-\b	ok
        ?bzz*	ok
        b\-😀é[*	unexpected end of input
        z}	ok
        😀ab!😀?*	ok
        a!😀bz!zb[	unexpected end of input
        é}*--}-b	ok
        ,{!😀b,z}	ok
        !{😀😀}]]😀	ok
        !]	ok
        ]!*}zz[,	unexpected end of input
        {!a},?]	ok
        zz\]	ok
        [{**	unexpected end of input
        ,]zb*{b	ok
        !!z	ok
        aé-{]é*	ok
        *,]?[]?	could not parse range
        😀é	ok
        [,b[{]z	ok
        ]\![{é*[]	ok
        *}*z😀!*-	ok
        ]z😀b[]}*	could not parse range
        [{?,[]	ok
        ,a],	ok
        b\![z	unexpected end of input
        ,-z\az	ok
        ]![	unexpected end of input
        ]!!-!b]é*	ok
        😀?-a*é	ok
        }[	unexpected end of input
        a\éa]z,]	ok
        [?]{a,ba?	ok
        {!	ok
        😀{}*!]	ok
        a[b	unexpected end of input
        😀!	ok
        ?b]?,??	ok
        *a?	ok
        *,	ok
        aé\😀!	ok
        *aéz	ok
        !**éz]b	ok
        !{	ok
        \!z{	ok
        ,é![\aa,	unexpected end of input
        b!!,-	ok
        !?*😀😀]b😀	ok
        b![😀	unexpected end of input
        ,,,[a]{,	ok
        ]!{[	unexpected end of input
        b]!{-	ok
        z😀	ok
        !]-\}	ok
        b!😀\{	ok
        a{-	ok
        é![?\	unexpected end of input
        ]b?	ok
        az{[é{,	unexpected end of input
        ?-]{	ok
        \*za	ok
        b*[z,{	unexpected end of input
        ,z	ok
        }\	ok
        \[ab}\!	ok
        z?!,}😀}\	ok
        z😀😀	ok
        a[}z,!}\{	unexpected end of input
        b]\z}b}	ok
        b😀*?\[	ok
        {-é}-!}*😀	ok
        ]*{}éa]	ok
        *\	ok
        é,?b😀{	ok
        ]\]😀	ok
        ,z?[-,é],	ok
        {,,{😀-	ok
        }}😀	ok
        b-😀*\a!é	ok
        zé!{\b!z	ok
        *!]	ok
        -![a*!😀}😀	unexpected end of input
        !*z{	ok
        ]}\😀{b	ok
        -[a-,{\}-	expected close range character
        \]b	ok
        é?	ok
        {b*?	ok
        \?]\?-}a!	ok
        -a!	ok
        **bé!*zz	ok
        ]-*	ok
        z-	ok
        éz?a?	ok
        ,}*	ok
        éab😀	ok
        \!-b	ok
        -]\é?	ok
        *}	ok
        ]!{\	ok
        é{😀\é[	unexpected end of input
        ]]b	ok
        a😀	ok
        b?{aé	ok
        \b[😀zz?]{	ok
        *bé	ok
        \,	ok
        \-*😀[\a-	unexpected end of input
        zz?*!z	ok
        -**??-é	ok
        é😀}}	ok
        ],*	ok
        -\a[	unexpected end of input
        [z]]-*[,é	unexpected end of input
        [{}	unexpected end of input
        a?,,{}éa]	ok
        é],,[	unexpected end of input
        b\	ok
        !zb*-	ok
        a-*-😀a!	ok
        a}😀	ok
        😀\]zb	ok
        é{b	ok
        😀a**]😀!	ok
        z},é{é	ok
        [{\	unexpected end of input
        ][]b	could not parse range
        !!*}	ok
        ,é😀éé{-	ok
        b-aé	ok
        [ba-?\]	unexpected end of input
        \-{\{?,?-	ok
        é,	ok
        😀b*a	ok
        !-z]	ok
        ??-zb\aé[	unexpected end of input
        é?é	ok
        é\?]]!a	ok
        *[*	unexpected end of input
        ,*}[b	unexpected end of input
        --*[-	unexpected end of input
        za{	ok
        }z?--	ok
        😀*😀b😀é]-	ok
        😀!-aé!	ok
        *?é	ok
        ?-zb*}	ok
        ,-]{a\}*	ok
        !},b[*?!}	unexpected end of input
        {[a{😀é!	unexpected end of input
        !-a\?*	ok
        ]]]\	ok
        z}z	ok
        a[z?😀a	unexpected end of input
        ]?éé}a]éa	ok
        \z]\	ok
        a😀\}?a	ok
        -bb}{]b	ok
        é]\-]*	ok
        😀[[a[*,!	unexpected end of input
        é,a😀é😀😀	ok
        -?ab	ok
        -bb?😀]]]}	ok
        zz[😀é	unexpected end of input
        😀{	ok
        ??}[-!\z	unexpected end of input
        é]a{!]}a	ok
        [][,a😀--	could not parse range
        \é*\aaa}]	ok
        *-!	ok
        z{}éaz	ok
        😀é?z]😀,	ok
        a,!😀a-}a\	ok
        z-]]!	ok
        a}é	ok
        -\😀😀b**	ok
        \]a}	ok
        ]{[,]!zb	ok
        z[!😀{]\\	ok
        -😀	ok
        *\]z{,	ok
        -}{**-*[	unexpected end of input
        ![\{,[*b!	unexpected end of input
        ]😀a,,*	ok
        ?😀][a*z?z	unexpected end of input
        {!{?z\ab	ok
        ,*?-z	ok
        é[	unexpected end of input
        }a\😀	ok
        ?!?*b	ok
        b*!\{	ok
        😀{\	ok
        b?{a😀[-	unexpected end of input
        {\}**a,?[	unexpected end of input
        \]{😀{]b	ok
        *{,\	ok
        😀,{z{	ok
        ,b--éz	ok
        }?!-[	unexpected end of input
        zba-	ok
        {[*,*é,a]	ok
        ,\b*	ok
        {,{![[z	unexpected end of input
        zb\]?[{éé	unexpected end of input
        -z-\{*]!	ok
        \?éb😀]-	ok
        \z\b}	ok
        [,,]é😀	ok
        ?{{{[!]{é	could not parse range
        ]]bé😀	ok
        b\😀b,aé!\	ok
        ]\b*z[	unexpected end of input
        aa😀,[-	unexpected end of input
        -é[	unexpected end of input
        }😀zbb}aa{	ok
        -*?!z	ok
        ,?	ok
        [!é],	ok
        }\[\b	ok
        {é	ok
        \😀-a{*!😀a	ok
        ]😀}bz?	ok
        éz*?😀}[{	unexpected end of input
        😀,[a?é	unexpected end of input
        ,-\b]	ok
        b[az]-b{{	ok
        ,!-\]	ok
        b?	ok
        }?z😀!😀!-	ok
        }b\	ok
        😀b!?[ézz	unexpected end of input
        [?]a}b,	ok
        ][{	unexpected end of input
        *a!z\}*[😀	unexpected end of input
        😀a-{😀éé,*	ok
        {\\-]	ok
        a{}	ok
        }[b\,*	unexpected end of input
        zz😀	ok
        z?!-\!{?a	ok
        }b😀?za	ok
        aa]😀][a!	unexpected end of input
        ?é]	ok
        {b	ok
        ]😀}}\]!\	ok
        *é!*😀\{,z	ok
        --b😀😀\?-]	ok
        a*]z😀a	ok
        !b[b{z-,,	unexpected end of input
        }{!?!z[	unexpected end of input
        }b	ok
        ]!]b-*	ok
        😀{!é\}	ok
        z,a{{-	ok
        []?]	could not parse range
        [\[b}\-	unexpected end of input
        é{\]-?a}\	ok
        z*{?-*	ok
        aé😀{z!,b	ok
        \z]é],\a	ok
        *?é{[-	unexpected end of input
        ?\😀?{é	ok
        -[]-[a*	expected close range character
        b😀\[,	ok
        [][a}	could not parse range
        }\{}{?{,\	ok
        {??[*	unexpected end of input
        *a]é-😀-😀	ok
        *?}?a😀{	ok
        \-	ok
        [b-zab	expected close range character
        }}é{	ok
        [,-?*b}a-	expected close range character
        ]*]!	ok
        bbb]	ok
        a!,b😀	ok
        b,*z	ok
        -z,,!	ok
        {😀	ok
        [z{!	unexpected end of input
        [[*??[	unexpected end of input
        ,*]😀	ok
        b,éb?]-[a	unexpected end of input
        b[	unexpected end of input
        ]😀	ok
        é}\[]-}	ok
        -}{\-é]{!	ok
        😀😀😀	ok
        ,,	ok
        b?]\!b	ok
        ??[z-ba\	expected close range character
        \{*é*a,]	ok
        é??a?b??	ok
        !-\	ok
        \,{{]a][	unexpected end of input
        é}é}b	ok
        ,z,é	ok
        -[éa	unexpected end of input
        \]z*}*?	ok
        ?{}z*b??}	ok
        a!!é,?,,	ok
        {!?*{*zé😀	ok
        ?}[	unexpected end of input
        😀!z*é	ok
        \!é	ok
        }-b	ok
        {é[*,	unexpected end of input
        }{\?é*b	ok
        [!,?b[	unexpected end of input
        ]z	ok
        }z	ok
        ?,,{\z?ab	ok
        z*	ok
        ]{,{\	ok
        ,!!!\	ok
        z\}	ok
        -ab	ok
        \éa😀-😀-	ok
        😀[\]]?{	ok
        a?z	ok
        😀]?	ok
        ]\}]a,b😀[	unexpected end of input
        é][\}*z*	unexpected end of input
        ]é-*	ok
        *]?	ok
        *z	ok
        {{[]}[	could not parse range
        é?-*[{,é\	unexpected end of input
        {,é*	ok
        ?}*?-!	ok
        -\😀\]?[	unexpected end of input
        {}a	ok
        b😀	ok
        ba]}	ok
        é!z?][	unexpected end of input
        -\😀a,?{	ok
        \😀	ok
        ,-]*!	ok
        \!,!	ok
        b*,\?é	ok
        }-a?	ok
        *,{\😀	ok
        ,[	unexpected end of input
        é}\}é	ok
        ,😀{\😀[}?b	unexpected end of input
        !*}-{b{	ok
        *-\éa]][	unexpected end of input
        *--]]za{}	ok
        {}é😀]é!z\	ok
        {\}*	ok
        b{[é!}	unexpected end of input
        bb😀😀?	ok
        -é?é	ok
        }!	ok
        a😀?]z\	ok
        ]😀z]*!}	ok
        \-[{?😀{	unexpected end of input
        éz	ok
        \?[[	unexpected end of input
        -]	ok
        }-é	ok
        a\z{z	ok
        ]-\{\b!	ok
        -b??	ok
        {z{!\z{b!	ok
        bb}a*[é*	unexpected end of input
        zb*z	ok
        é?{éé!?,	ok
        [-a\-]	ok
        ,?-*?z?-😀	ok
        \}\b?\],[	unexpected end of input
        {b[}}!éz}	unexpected end of input
        z😀[]	could not parse range
        a?	ok
        }?[za,}	unexpected end of input
        [a{}😀é	unexpected end of input
        [!!*]-	ok
        {z{é,aa	ok
        [a	unexpected end of input
        bazb[a{	unexpected end of input
        }?[é?]	ok
        ]]	ok
        -[\\-😀😀	unexpected end of input
        -]]😀{z!{	ok
        }}}é?	ok
        \,?,😀]*é\	ok
        😀-*bz!a{	ok
        !b-a{	ok
        é\,zé😀aa[	unexpected end of input
        b-?z[]bé	could not parse range
        ,}z,!b]é[	unexpected end of input
        😀é,]é]	ok
        😀!}	ok
        é*é*!z--,	ok
        😀a	ok
        éz\z[!-	unexpected end of input
        ]b	ok
        {}!	ok
        \-[bé*,	unexpected end of input
        !]é?	ok
        [[a,!,	unexpected end of input
        \éz😀a-	ok
        a-\	ok
        a{😀bé	ok
        é-?\!	ok
        [b😀😀😀	unexpected end of input
        z]?}	ok
        b}]?{{	ok
        *\,??}az!	ok
        ]é😀*{?![	unexpected end of input
        ?😀,	ok
        ,}[*\]*}	unexpected end of input
        [{?éé{	unexpected end of input
        }?}]![]	could not parse range
        é,,{},a{a	ok
        ]?,}😀}	ok
        b{b\]\*	ok
        \}*[-abb-	unexpected end of input
        \a{,b,!!	ok
        ]*😀éa]!	ok
        a,😀éz	ok
        }?-!b*	ok
        [*{aaa😀	unexpected end of input
        *\z,é-	ok
        !*a*}	ok
        {?bz	ok
        -b	ok
        😀{z]{a*	ok
        😀\	ok
        }z😀	ok
        {}😀{,a!-	ok
        ,*a	ok
        ?,😀	ok
        zb😀-!{z\*	ok
        z}]-?[-a{	unexpected end of input
        *z!-,}😀z	ok
        !}]-]*za*	ok
        a,az	ok
        [}bé]	ok
        !*	ok
        ,,*!	ok
        é-?	ok
        a[*}z[😀	unexpected end of input
        😀\!	ok
        -b[[z-é}	unexpected end of input
        *]z	ok
        *?{?,za}}	ok
        ]z{}{😀*{?	ok
        ab😀ba{\	ok
        ]]]{😀*?[é	unexpected end of input
        \*é**	ok
        b,😀😀}!	ok
        ??é{z!-[	unexpected end of input
        [!!	unexpected end of input
        \\,[?-}	unexpected end of input
        }]a	ok
        😀[éé,}	unexpected end of input
        ?-]]-b	ok
        {\{}}{}é	ok
        😀a]*-}[a	unexpected end of input
        {z😀[a?\}-	unexpected end of input
        ?]?	ok
        !]z[é	unexpected end of input
        ?{?	ok
        😀*b?!aé😀	ok
        {[-[z	unexpected end of input
        é}	ok
        [,a	unexpected end of input
        a-[😀!?!*\	unexpected end of input
        bb😀{z	ok
        -z,\é!]é?	ok
        ,-😀{*\!	ok
        😀}a	ok
        ,?!b\-a!	ok
        *😀😀,!aé	ok
        éb[?z{	unexpected end of input
        ]]😀{?{	ok
        ?\\b	ok
        b-\bb!é!{	ok
        {a	ok
        -é-!	ok
        ,{}-é,	ok
        [😀a}😀*\b}	unexpected end of input
        ?-béaaa*	ok
        !é	ok
        a]😀😀😀\	ok
        ?a	ok
        a,a?éab	ok
        [,	unexpected end of input
        \\]	ok
        z{-,[,	unexpected end of input
        [}!*	unexpected end of input
        éé}z😀*😀b,	ok
        \!]z	ok
        *az*b	ok
        -{b}z*!,[	unexpected end of input
        az?😀a	ok
        ,za-{	ok
        é}*z\	ok
        ?!}	ok
        ]},]😀!}}\	ok
        zb[	unexpected end of input
        ?ba	ok
        b{{*\}😀]	ok
        éa}!é{	ok
        !}!\é	ok
        ]!az😀,éz	ok
        {?\é]a	ok
        {a]]*z	ok
        ]éz,	ok
        😀*z\?{b]	ok
        zz]😀,\é-[	unexpected end of input
        !éba*z\}!	ok
        -[{]{a]b	ok
        z!!}😀	ok
        --é**?	ok
        😀*😀!\]	ok
        -bé}]*][é	unexpected end of input
        ,b!!é[[{	unexpected end of input
        ba!?*abb	ok
        é][*-[a*?	expected close range character
        *?aa	ok
        [zz[b	unexpected end of input
        zb][é	unexpected end of input
        z?z[!,a*	unexpected end of input
        z?}	ok
        z?!😀-	ok
        -é]\é{	ok
        az}b}}!😀	ok
        \}a	ok
        ]}{*{	ok
        {{	ok
        ![!!é-😀{a	unexpected end of input
        ,😀é}é	ok
        az*\\*é*!	ok
        *z\-}é\	ok
        ]a]\\!?{	ok
        z]a!😀[-[	unexpected end of input
        [?😀??	unexpected end of input
        {-*}*	ok
        ,]é[éa😀😀[	unexpected end of input
        }[,[a	unexpected end of input
        *[{{é]	ok
        *?{	ok
        ]é{\é-	ok
        😀**	ok
        ba}!\aa{	ok
        a]*b?	ok
        *é-\!😀,[b	unexpected end of input
        !z},z[😀\!	unexpected end of input
        😀\a}-aé*?	ok
        *az[*[	unexpected end of input
        \é[z	unexpected end of input
        😀,,	ok
        éé[ézéb	unexpected end of input
        a-}\]	ok
        ]-😀?*]é*	ok
        }\bb-}\,a	ok
        a?!!	ok
        -][é-zz	expected close range character
        a,,?aaaz	ok
        é,[{	unexpected end of input
        ][	unexpected end of input
        ]a	ok
        é[!!,😀*	unexpected end of input
        b,z{	ok
        a😀b,a\	ok
        *?}	ok
        b,-[},[?	unexpected end of input
        {a}}{	ok
        é😀}*é}{[]	could not parse range
        !\{-]é	ok
        ,z😀z}a,-	ok
        []	could not parse range
        é],bb}	ok
        zb}bza-	ok
        *[,	unexpected end of input
        ,}	ok
        ,z{	ok
        zz\z{!😀,{	ok
        [-?{?{b!	unexpected end of input
        !,a}\z	ok
        bz]z]!{	ok
        -}]b}]	ok
        !*\,b{{{	ok
        *é]b	ok
        \,!}a*é!	ok
        é!é{[{b]	ok
        \b-é]	ok
        *?\	ok
        😀*-],[{]}	ok
        😀,*b😀}z**	ok
        {}{[z	unexpected end of input
        z--a?	ok
        z{![-	unexpected end of input
        }*z\zb{*	ok
        😀*	ok
        ?éb?\?]	ok
        😀[	unexpected end of input
        b!{	ok
        !zbb?z]?	ok
        ]?],é😀,]!	ok
        z}\a]😀\	ok
        [{\-\zaa	unexpected end of input
        {*?,	ok
        [b\-z]	ok
        {}-éé-	ok
        ,😀é	ok
        }bb,,😀!{	ok
        *?]*	ok
        😀ba,{	ok
        }\]é]é	ok
        😀{??	ok
        {}?-\{\a	ok
        !*?b😀	ok
        \{z}*😀*	ok
        !😀😀	ok
        😀\]b	ok
        -é*😀?[[😀	unexpected end of input
        [\!b*--	unexpected end of input
        ]-[	unexpected end of input
        -z}]!*!a	ok
        *a😀	ok
        -]-]é,-	ok
        a,\},[	unexpected end of input
        },*?*,é*	ok
        é]!-	ok
        }*\	ok
        a-,a},b	ok
        {z	ok
        a-😀*	ok
        ?*b[{!	unexpected end of input
        -?-]!\]-*	ok
        ,*!b	ok
        b😀*	ok
        ]-]az!*	ok
        -a]z😀-éb	ok
        !😀}é\é!	ok
        ,*?z😀*	ok
        -\**z	ok
        é\*,\[,	ok
        ,\-]z	ok
        !-	ok
        é{-	ok
        [[}]]*]é😀	ok
        z!]?	ok
        ?-*é*😀z	ok
        !z	ok
        a{]!-😀z{	ok
        !é]\],{é	ok
        z![😀-[	unexpected end of input
        a[*a,-é-	unexpected end of input
        \\	ok
        ,}][😀!z	unexpected end of input
        }-!?,z}	ok
        😀!*[?b\\]	ok
        \zb[\}b-z	unexpected end of input
        b]*!z,	ok
        b?{a!\	ok
        z{?-	ok
        -,[[	unexpected end of input
        ?😀z!}\	ok
        [{a]	ok
        é{[,b]	ok
        [a!zé[a	unexpected end of input
        }[{!{}{	unexpected end of input
        {é[	unexpected end of input
        ]-	ok
        a,b-*	ok
        éé[z[[\,	unexpected end of input
        ,*\[}	ok
        z{é	ok
        zz*]z-	ok
        [?😀[	unexpected end of input
        \é	ok
        *😀b,	ok
        a{a	ok
        a??	ok
        😀}b😀b]b*{	ok
        😀{b	ok
        !😀?	ok
        *-	ok
        a{?*\]	ok
        bz?	ok
        ,}-]}	ok
        😀z]	ok
        [*\😀a*-z	unexpected end of input
        😀[]	could not parse range
        ,b}]}[	unexpected end of input
        ?z😀😀z😀?a]	ok
        a\!]]z-{😀	ok
        *{bz{b[b	unexpected end of input
        ]!,	ok
        -z😀},zé!	ok
        -aa	ok
        ]z😀\é\,é,	ok
        b??[\\-	unexpected end of input
        a?[a--	unexpected end of input
        -z\	ok
        ,}?b	ok
        *{éé][	unexpected end of input
        [,b[a*]	ok
        [?b	unexpected end of input
        !z}	ok
        {-az	ok
        }ab	ok
        z]é*[\	unexpected end of input
        }*,?	ok
        ??*aé![	unexpected end of input
        *b[zb]	ok
        é*\	ok
        }b-]b,	ok
        ,z[{**	unexpected end of input
        z]z\\	ok
        -!}*😀	ok
        },z*	ok
        ?]}][a	unexpected end of input
        é]	ok
        ,*z	ok
        az	ok
        ?\*,😀ab[,	unexpected end of input
        \\{b?	ok
        😀[b?!!}}	unexpected end of input
        -*b[az?z!	unexpected end of input
        b{}	ok
        \a{!]é	ok
        {,*-éé	ok
        \*a!![a\	unexpected end of input
        ]abz?	ok
        \z?😀	ok
        \😀😀{	ok
        a{?*-	ok
        *,}z?	ok
        ]-b,!	ok
        **}}éz\b?	ok
        ][,!az[*	unexpected end of input
        ![]😀-!![[	could not parse range
        [}{	unexpected end of input
        ][]a]!😀😀\	could not parse range
        **[}😀*	unexpected end of input
        b]][-\	unexpected end of input
        ]😀{éba[	unexpected end of input
        ,b}*}	ok
        b,z	ok
        ?zaé[	unexpected end of input
        é{\z--{	ok
        ,?z\]}é	ok
        [\*[}	unexpected end of input
        {béz	ok
        -}*}a]ééé	ok
        ,*b	ok
        é[*\aaz,,	unexpected end of input
        ,{!z\-?}	ok
        z]bzb	ok
        ]}az?}?]	ok
        z*bz\z{\é	ok
        😀😀*]😀😀},	ok
        b]	ok
        []ézé	could not parse range
        é\😀*[,	unexpected end of input
        {😀!]-	ok
        \,[z*é?]a	ok
        !!	ok
        -?!😀?	ok
        [\\b!}*	unexpected end of input
        ]😀[,}😀	unexpected end of input
        ]?[z[b	unexpected end of input
        abb	ok
        }[[	unexpected end of input
        baéé?é	ok
        *😀é*	ok
        é{	ok
        a{	ok
        é]\,	ok
        b\[\éz!éa	ok
        ],-😀😀b	ok
        😀😀*z	ok
        ],😀}-[**	unexpected end of input
        z😀\}b,	ok
        z]	ok
        ?b-{?!*é?	ok
        ?z!	ok
        z😀?b	ok
        *b😀,?,?[	unexpected end of input
        [z\-	unexpected end of input
        ?[	unexpected end of input
        aé-\}é,,	ok
        }-\]	ok
        *,{]	ok
        \😀é	ok
        ,-,*za-b{	ok
        [😀b]é,-\é	ok
        !a[z}	unexpected end of input
        [!!,}bb!	unexpected end of input
        ]\a,	ok
        {b😀b	ok
        aéé]éé}	ok
        {*,[!}\	unexpected end of input
        -{é-b[	unexpected end of input
        -]{😀!é[	unexpected end of input
        😀-\*]{	ok
        😀😀[a[{😀😀	unexpected end of input
        bé}	ok
        é\😀	ok
        \a-	ok
        !,[[😀b}*z	unexpected end of input
        *-?,{*]	ok
        ]é{!aé[	unexpected end of input
        -[éa]*a]	ok
        ]😀é**{ab	ok
        😀b	ok
        ,*\bb*	ok
        [--}	unexpected end of input
        b[]-]*z	expected close range character
        {!}zé,*	ok
        [}]éé{{{	ok
        a!-?	ok
        a][*a-!	unexpected end of input
        a*[b]	ok
        ,\-{bz],]	ok
        }é😀-	ok
        ba{b!	ok
        [zébé\!*{	unexpected end of input
        ,[a[	unexpected end of input
        z*,}b{	ok
        a[{!b😀z-	unexpected end of input
        *}]b!	ok
        zé]	ok
        [😀{[**[\	unexpected end of input
        {]éz{ba	ok
        ab	ok
        ?*a-]?	ok
        aa}]éé]!	ok
        z![![	unexpected end of input
        !😀😀??*	ok
        *z,aa!-	ok
        ]\	ok
        ,]\?😀	ok
        ]{	ok
        ,]-b\*?	ok
        -!,-😀é😀!\	ok
        a,\?zaa	ok
        *!?*!]{*	ok
        az,é,![?	unexpected end of input
        ??bz?	ok
        {]a😀	ok
        [{😀😀	unexpected end of input
        😀a[bb	unexpected end of input
        zé,*[}	unexpected end of input
        \]b!]-ba	ok
        😀]*-	ok
        {}-\-,é	ok
        ,é}]!b	ok
        }?!*-,*},	ok
        [é[[za	unexpected end of input
        ba😀[}b}b	unexpected end of input
        ?😀?]😀éz*	ok
        ][,aa!	unexpected end of input
        b}?!\b	ok
        zé-	ok
        {az!\?[*	unexpected end of input
        a!,}*,😀z	ok
        ?aa,]é	ok
        é]\?	ok
        b?b	ok
        *[éa😀	unexpected end of input
        z}]{	ok
        -{éé{	ok
        \{!a{\a-é	ok
        é--a*-	ok
        z-{?a}?	ok
        ?-😀	ok
        [b{}[[,{	unexpected end of input
        }*?zb,,!a	ok
        aa-\!*{zb	ok
        ,\zzz,	ok
        }b[*a{	unexpected end of input
        }\-?*	ok
        -[-	unexpected end of input
        \aa?	ok
        ?{{!,a!!	ok
        é😀{ab,*	ok
        !b[[?a!-	unexpected end of input
        {\]*\{}!-	ok
        \]bb	ok
        az?,	ok
        {*	ok
        -bé	ok
        éé\\{b😀[	unexpected end of input
        ?{	ok
        ?[{?*éb	unexpected end of input
        😀[é?-!é*	unexpected end of input
        }?}	ok
        ]]!}é	ok
        ,?\é}ébb	ok
        [é}!,😀,?	unexpected end of input
        ?😀*😀b?-	ok
        \?éb?	ok
        ]é}	ok
        \!-z{	ok
        !,é-*[é{{	unexpected end of input
        ]😀[z*]	ok
        {b?😀éé	ok
        aé-{*-	ok
        z😀z	ok
        ?\*é{{b	ok
        bé-?éba-	ok
        😀{!é-	ok
        *z}*b[?!,	unexpected end of input
        -[a?]\]}	ok
        !z}😀	ok
        b]}	ok
        b-[}}!b	unexpected end of input
        [\*é😀--?	unexpected end of input
        z]z!	ok
        {\?[a}b😀é	unexpected end of input
        \{\a]	ok
        é\\]]]ééz	ok
        !a!	ok
        }😀aa],	ok
        b!!!é,,[	unexpected end of input
        😀b]b]😀	ok
        -{😀[]ab	could not parse range
        -!,	ok
        {,	ok
        *-é!{\}{	ok
        }b?😀b]]]	ok
        ?{?[{a	unexpected end of input
        z,]	ok
        {ba\	ok
        ,😀😀]😀z!bb	ok
        ?a{[,!-}[	unexpected end of input
        ?b{[]b!}]	could not parse range
        ?}}{	ok
        -a😀!?}	ok
        *,b😀}	ok
        *😀b\a}	ok
        [!-!}	unexpected end of input
        ]{]é]{😀z,	ok
        zz-]*!	ok
        *-{*b	ok
        é!\a	ok
        zé!	ok
        😀b]	ok
        }\[?	ok
        aéz?	ok
        -*?}	ok
        ,,b	ok
        a]bz]	ok
        [}?za?	unexpected end of input
        é\😀[}?!	unexpected end of input
        😀-zz😀]{?z	ok
        }a!é}	ok
        *?,-?	ok
        az!}a-*	ok
        ?za	ok
        -[ab]*[!!	unexpected end of input
        😀-,a{?	ok
        ?-a?,z*[b	unexpected end of input
        --	ok
        aézb	ok
        [z?\[😀}	unexpected end of input
        zé*-éz}a,	ok
        z]!?!a}!	ok
        }?!é[zb	unexpected end of input
        *z*[!{	unexpected end of input
        !?\?	ok
        -*{[z]😀*	ok
        b😀?,-a]	ok
        😀a,	ok
        *z*}-z	ok
        }é\}\é*[	unexpected end of input
        }a},?a{]a	ok
        z{é-z{??	ok
        b😀!	ok
        ]{[!\[-z😀	unexpected end of input
        ,--😀**é!é	ok
        [z	unexpected end of input
        {\[\*é*	ok
        ![a],z?	ok
        bé-}[b	unexpected end of input
        *??{[]!	could not parse range
        ?é-	ok
        **😀[{{{,z	unexpected end of input
        ]*]b*a{a	ok
        *é{]}[-	unexpected end of input
        ****😀,{!,	ok
        ,\{?😀	ok
        !}?}]?a	ok
        b!\ba😀	ok
        ba?ézz	ok
        ]?[[[?😀}	unexpected end of input
        }*!é\]zb[	unexpected end of input
        b}[*b	unexpected end of input
        z😀!b😀b,,,	ok
        a{,éb!	ok
        ?![-	unexpected end of input
        {-b[[{zé	unexpected end of input
        z!*😀b	ok
        ][]\	could not parse range
        ?b{-{{}😀a	ok
        éa[,\	unexpected end of input
        ?{]-!	ok
        *z]a}\z*	ok
        *é	ok
        !*\?az-b?	ok
        !{]	ok
        [\!	unexpected end of input
        ,,?!{?!😀	ok
        ]!b}---}é	ok
        a{\}	ok
        ]z\[{!😀	ok
        -[b	unexpected end of input
        😀😀	ok
        z,éb,b[😀]	ok
        -]-[{	unexpected end of input
        {a!b!	ok
        ,!![!a	unexpected end of input
        az😀a[]{{b	could not parse range
        [?azb-bé😀	unexpected end of input
        !az]	ok
        [,[baa!😀	unexpected end of input
        bzza*	ok
        -b?	ok
        b,	ok
        -😀!?za	ok
        *,a[]😀	could not parse range
        ,zz😀😀	ok
        !😀z,}	ok
        z😀}a{😀	ok
        bzé-	ok
        *\z!}[{	unexpected end of input
        z😀a	ok
        {{\	ok
        !]-	ok
        **}	ok
        ,]bb}\]	ok
        -}b-]z	ok
        😀\a,a\{	ok
        ,\,	ok
        {[é,é}	unexpected end of input
        😀,!}a\	ok
        !éz}*?	ok
        ,-a{bz	ok
        [?*!bz{?	unexpected end of input
        -[	unexpected end of input
        *\z]	ok
        b,}!é]b-	ok
        -é,	ok
        ,{,	ok
        [ab]!😀	ok
        \,![	unexpected end of input
        \[	ok
        \*é!\??,{	ok
        [é😀zé	unexpected end of input
        ?]bb😀[é{,	unexpected end of input
        éz\,\][-b	unexpected end of input
        b-!	ok
        ,}!*}!	ok
        !az	ok
        *}\*é!,	ok
        😀!éz]\é	ok
        !-é-é{	ok
        ?😀z,a*	ok
        ,?a	ok
        ]}{*z	ok
        ,😀b	ok
        ,,!😀-a}-	ok
        \}a]zab,	ok
        éb	ok
        -\😀{{*a!*	ok
        ]ééa{	ok
        ![?!*é}-z	unexpected end of input
        -a-a	ok
        }😀!*-	ok
        z,é	ok
        {é😀{]{,,	ok
        ?\?[[*é{*	unexpected end of input
        😀,{{]{b	ok
        {é-?😀{z[	unexpected end of input
        😀}}	ok
        b😀z!?éa	ok
        za{,[é	unexpected end of input
        ?[{	unexpected end of input
        *?	ok
        \{-	ok
        bb,]	ok
        😀?\😀	ok
        []b[-]	could not parse range
        [😀!b-[^-😀][^a]^]	ok
        [\^^^][]😀]é][	could not parse range
        [[-]	unexpected end of input
        [ba\z][b!]	ok
        [bé][]	could not parse range
        [😀a\	unexpected end of input
        [--][bb]	expected close range character
        a,}	ok
        \é{	ok
        [!é]	ok
        [b][\éaé][]a]	could not parse range
        [^é\]	unexpected end of input
        []\^-]!	could not parse range
        [\😀][bé]b[	unexpected end of input
        }-[!z😀b][-]	ok
        [😀😀][é-]	unexpected end of input
        ?a[*[]	ok
        []]!,	could not parse range
        [😀]]	ok
        [][{[[	could not parse range
        ]a[][\z]	could not parse range
        [-b][éb]	ok
        [][^z--]	could not parse range
        !\][\][!é\]	unexpected end of input
        bz}	ok
        []]	could not parse range
        😀,[é^z-][]é]	could not parse range
        [][][!]	could not parse range
        [^]][😀\^]bz-	ok
        [!-^	unexpected end of input
        [\-\	unexpected end of input
        [a^][]	could not parse range
        [a]]	ok
        [!]	could not parse range
        [é!😀z]	ok
        é[[!	unexpected end of input
        [\]a][z\]-]}[	unexpected end of input
        \[?	ok
        abé[é!a😀]	ok
        [][zab-]	could not parse range
        [z\][]	ok
        [-][-é-]	ok
        -[!\z^]	ok
        z,?[\😀é😀][😀]]	ok
        }\{[!éab]*	ok
        [-^é]]z[!a😀]	ok
        [é]za}	ok
        [!b[😀^]]a	ok
        [-aaz][],]😀	could not parse range
        [b]^\][][\\é]	could not parse range
        [z\^😀]	ok
        [z][-]]	ok
        [😀\][]-]]*😀	ok
        [z!ab]é\	ok
        [b][-]	ok
        ]b[	unexpected end of input
        [-]]]	ok
        bé\[!]é]	ok
        ,[b\][	unexpected end of input
        [-é	unexpected end of input
        !,[\\^]	ok
        {]a	ok
        😀*b	ok
        \b[z😀a\],	unexpected end of input
        [😀é]	ok
        [zz😀-][]}]	could not parse range
        [b😀-^]	ok
        [b![z😀b!]	ok
        \!	ok
        [b-]é][!]]][^z]	expected close range character
        [^z][^[😀b^]	ok
        [b]]éa	ok
        [aza]]]😀*[]	could not parse range
        [a😀\]	unexpected end of input
        [b[z-]	ok
        [[z]^]	ok
        [a😀-]	ok
        [b-]]	hi character ']' should be greater than lo 'b'
        ,ab\bé😀,!	ok
        [-é-😀😀	unexpected end of input
        [z-^a]a😀[]	expected close range character
        a?{][\]	unexpected end of input
        [][éé][]z!é]	could not parse range
        [z]	ok
        [-!a]	ok
        }-[b!-]	ok
        [é!!a][]	could not parse range
        []^]	could not parse range
        }a[😀😀é][]-^]	ok
        []!-	could not parse range
        -]a[]	could not parse range
        [az😀	unexpected end of input
        [b!!z]	ok
        [a^]	ok
        [b\😀z][]][^-]	could not parse range
        [bz]],!	ok
        *[[][{*	unexpected end of input
        [😀é]]	ok
        [é]	ok
        ]b[?	unexpected end of input
        [^][ba]	ok
        [b]	ok
        [😀]][]-]z][😀!\	expected close range character
        ][a	unexpected end of input
        [][az]	could not parse range
        [b][]	could not parse range
        [😀	unexpected end of input
        [😀\]	unexpected end of input
        \-]?	ok
        [-]	ok
        *[\][z]	ok
        [[\]	unexpected end of input
        [-!-😀][zé]	ok
        b?*	ok
        [\zéb]b	ok
        [^\][-!][a-]a	expected close range character
        []z\é]	could not parse range
        [!aa]	ok
        [zz\é][z!z-][\^]	ok
        [\	unexpected end of input
        [][[z]	could not parse range
        😀b[^é^^][-]	ok
        [][--b][?	could not parse range
        {[][b]^]	could not parse range
        [az😀z]a}a	ok
        [][^!z]	could not parse range
        [b^a]\	ok
        *\z[]-^][a\é]	ok
        ,!]	ok
        a{*}[😀	unexpected end of input
        [-a-]--?*	ok
        [zb!][é-][ab😀-]	expected close range character
        😀\[b😀	ok
        [][😀]	could not parse range
        [-]!][z^z]]	ok
        [a^[z^]^]	ok
        [😀][!bza	unexpected end of input
        😀]}	ok
        [z-a-	expected close range character
        [ab\][]-][\😀b]	ok
        [z]😀a}	ok
        [😀a--][]	could not parse range
        [^b-a][]😀]],[	could not parse range
        [\\!]	ok
        [^]éz][]	could not parse range
        [*	unexpected end of input
        []!,é	could not parse range
        zb	ok
        []{é	could not parse range
        b-\?	ok
        -b]	ok
        [😀a\!é[]	ok
        [-z]	ok
        [^]	ok
        [!]]	could not parse range
        [^!][é😀b]	ok
        [é-z!][!a]	expected close range character
        []😀	could not parse range
        []][😀]]	could not parse range
        !![[a]	ok
        [--é][aa]	ok
        *!![^-é]]	ok
        [ab-b]	ok
        [a😀{a}	unexpected end of input
        [bb][-b[😀]	ok
        [!z-😀]}	ok
        []^^][é-z	could not parse range
        [😀é-[z-b^][éa]	ok
        []]*zb	could not parse range
        [b-é][]	could not parse range
        {z[-!b-][]aé]	could not parse range
        [][a-][!]]	could not parse range
        [^^a😀][^]b-]	ok
        [a]	ok
        [-^	unexpected end of input
        [z\^-][!z^😀]	ok
        [😀ébz][]^b][é😀]z	could not parse range
        [^b][]?a	could not parse range
        [z😀]	ok
        zz-[[]]	ok
        ,[éa[-!!	unexpected end of input
        [[?	unexpected end of input
        [a!]^]	ok
        [zé!]!a	ok
        [b[?	unexpected end of input
        [!😀é]![é😀zb	unexpected end of input
        é,*	ok
        ?,{!	ok
        [😀[z]	ok
        a\{]	ok
        [😀aé-],!!?[*	unexpected end of input
        [zz!][^😀][z]	ok
        [][-]*{	could not parse range
        [a-!][bz!][]]]	hi character '!' should be greater than lo 'a'
        z\é[a😀]	ok
        [][zab]]	could not parse range
        éé[^][b!!a]	ok
        z[-zzz[!]	ok
        z-*	ok
        [][z!][az😀!]	could not parse range
        []\[,	could not parse range
        [\][]	ok
        [][!b\]	could not parse range
        [][bbé][]😀\\]	could not parse range
        a[b][!]	could not parse range
        [^]é	ok
        [é^😀é]	ok
        ![b😀]	ok
        []*][!^^z]	could not parse range
        [\z][😀😀]	ok
        [][!-]][z]	could not parse range
        [^😀^é	unexpected end of input
        ,😀é[ba]	ok
        *}[^	unexpected end of input
        [a]][z-!😀]	expected close range character
        \\z	ok
        \]z[]za][a]é!]	could not parse range
        [\z][aa^][]	could not parse range
        [z][z😀\]	unexpected end of input
        [b😀😀a][a😀b][-]]	ok
        é[z!za]	ok
        [b]][][😀]	could not parse range
        [éé!][!][😀]	could not parse range
        \\😀,	ok
        []][!!aé]}zb	could not parse range
        [z\![éz]	ok
        [😀é😀]	ok
        [é]],z	ok
        ab[^]	ok
        [--b]{	ok
        {\,	ok
        [!b^😀]	ok
        [😀z]][]]a?	could not parse range
        [é][bb]	ok
        ?]!	ok
        ]![😀a-]	ok
        [\é][z\!!]a!😀	ok
        [é😀\]	unexpected end of input
        [😀-z][\-é!][a!]	hi character 'z' should be greater than lo '😀'
        b😀\	ok
        [z\\\]	unexpected end of input
        [é-^b]	expected close range character
        [][^[^😀]	could not parse range
        [a^][][a]	could not parse range
        [^!][][,	could not parse range
        {-	ok
        a[[^]	ok
        [!![]ab]]!*b	ok
        [z]\😀]	ok
        []]-]	could not parse range
        é!\[b\][ba\	unexpected end of input
        []b}	could not parse range
        [a^b][zé-]	ok
        z}[bz]{😀	ok
        [😀]aé[z][\]	unexpected end of input
        [ab^😀]][a]	ok
        [^\][-\b]	ok
        [b,]	ok
        [z^^-]	ok
        -[bé!z][éz\]	unexpected end of input
        [é-a\][😀aéé][!😀b]]	expected close range character
        [a\!a]a![b]	ok
        [[é[z]]]	ok
        [😀-]][?-?	hi character ']' should be greater than lo '😀'
        [b][	unexpected end of input
        [zz!-][a!][aé	unexpected end of input
        [a-][é]]-]	expected close range character
        ![😀]	ok
        [\][zé	unexpected end of input
        [éab]	ok
        [z[\!ab][	unexpected end of input
        [é\]	unexpected end of input
        b[!][ba]	could not parse range
        a[^]	ok
        [😀a]!	ok
        [[^-]	ok
        😀,[[!	unexpected end of input
        [bé]	ok
        [[]	ok
        [\z]😀]b\	ok
        [😀a][^]	ok
        [][]	could not parse range
        [z!é][aé]][]a	could not parse range
        [\ab]	ok
        **[!\!b	unexpected end of input
        ?[]][]	could not parse range
        [[a!]	ok
        b[-ba]	ok
        [a!b^z,}[!]	ok
        [!-]}	ok
        é!	ok
        [\]\!][-a]	ok
        a😀[\é]-]	ok
        ,?-[-]	ok
        }]é??	ok
        éa[!b]	ok
        [z\]	unexpected end of input
        [^][\]	unexpected end of input
        []é[!😀b^]	could not parse range
        [b]ba	ok
        [\^b😀][-[^aa]]	ok
        [-a--][]]b	could not parse range
        [-a]?bb[	unexpected end of input
        [\!😀!]	ok
        ,😀[\a^]	ok
        [!}	unexpected end of input
        [é]😀*aa	ok
        [\z]	ok
        ,[za[]	ok
        z[!-	unexpected end of input
        [😀é]^][!!]	ok
        [a!][]	could not parse range
        ]}![\\]	ok
        [😀]	ok
        [z😀a[bzé-]	ok
        []{?	could not parse range
        [😀😀!!]	ok
        [z]a[bzb!]	ok
        [^][]	could not parse range
        ??[😀-z!][]!]	expected close range character
        [\😀-z]	ok
        z[-!😀^]	ok
        []éa]zb	could not parse range
        [!][\\😀^]	could not parse range
        []!a	could not parse range
        [é][b]	ok
        ?[[^]😀[	unexpected end of input
        [bé^b]	ok
        [\z^^][^][!]]	could not parse range
        [b-^[^]	expected close range character
        []}{	could not parse range
        [a\aé][-z][]	could not parse range
        [-][^][z!	unexpected end of input
        z]😀	ok
        }?	ok
        [z😀]![!b]	ok
        [\!^]	ok
        [z?[!]	ok
        [^😀é😀	unexpected end of input
        [é-a][\aa][]]\	hi character 'a' should be greater than lo 'é'
        [^é][!b]]	ok
        [z]*	ok
        [][😀]é	could not parse range
        [-^😀]	ok
        [^-😀z],,[-é]	expected close range character
        [^-[z\b]	expected close range character
        }😀éz[]	could not parse range
        [b😀-]]?*	ok
        [],][	could not parse range
        [[]]	ok
        [😀]a!]	ok
        [b][\]	unexpected end of input
        []^!],	could not parse range
        [ab😀😀]{	ok
        [z]😀z][😀]	ok
        [-!^][-z]z}	ok
        ,😀[-\-😀]	ok
        😀é?	ok
        \[\^ba][b\]	unexpected end of input
        }[\	unexpected end of input
        [!\z][!z^😀[éaéé	unexpected end of input
        [-aé\	unexpected end of input
        []\][😀]\]*[[	could not parse range
        [-z][]	could not parse range
        [\][z!]z][]	could not parse range
        b*	ok
        [a😀]	ok
        !b	ok
        [^a😀[\!z]	ok
        []-	unexpected end of input
        [-\😀]][!\	unexpected end of input
        [\]{	unexpected end of input
        [[z][zza!]	ok
        []😀b!	could not parse range
        ?é][!]z][^^é]	could not parse range
        [z-!z😀\b	expected close range character
        {?[!!^\]	unexpected end of input
        }*!	ok
        [\][baa][z!!]	ok
        [\!é]	ok
        []😀😀^]é	could not parse range
        [éb-\]	unexpected end of input
        [\]	unexpected end of input
        [azbb][\^^\][-]	ok
        [aa][😀]zb][bé]	ok
        [][]]	could not parse range
        ,b[^^]	ok
        ]][aé😀]}b	ok
        !\[]	ok
        [😀a^][b--][!]😀]	hi character '-' should be greater than lo 'b'
        {😀b[	unexpected end of input
        [a][a😀--]	ok
        {z}[!]	could not parse range
        [-^a😀]	ok
        [-\^]][	unexpected end of input
        []z😀]	could not parse range
        [\-\]-	ok
        [b😀^😀]	ok
        [!b\b][]][	could not parse range
        [baé😀][]}?	could not parse range
        []!	could not parse range
        [][!ab\]	could not parse range
        bé}z	ok
        []a	could not parse range
        [!a][^][é^^\	unexpected end of input
        {!\	ok
        [-ba]	ok
        }]-{,[]-^a	expected close range character
        a?}	ok
        [baa][ézéb	unexpected end of input
        [\!]\]	ok
        [*\?b	unexpected end of input
        -\?[éa-é][aé]	ok
        [ba^]	ok
        [b][][b!a]	could not parse range
        z,[z^!]	ok
        []*[ébb]	could not parse range
        [z]*-	ok
        b,[]\😀^][\]	could not parse range
        [!b!][a-\^]a}\	expected close range character
        [!!éé]	ok
        😀-![z][]	could not parse range
        [][[a]\b]	could not parse range
        -,é😀\{	ok
        ?z😀[]	could not parse range
        -*b	ok
        [\]]	ok
        [!😀!a][-!z-]b	ok
        [azé]	ok
        [^\a[]	ok
        [\\^][a\	unexpected end of input
        ![a]]	ok
        😀{*}!é	ok
        [^b^-]}é	ok
        [😀zé]	ok
        [zé][][\^!]	could not parse range
        [é]a]][a^]a]	ok
        [\😀-b]é[😀\z]	ok
        []😀😀][a]	could not parse range
        [][z!zz	could not parse range
        []\][😀-	could not parse range
        ]?	ok
        ![\]	unexpected end of input
        [!az]	ok
        \\,	ok
        {-[]😀-][b]é]	could not parse range
        [😀^\][[]a!é	ok
        [éb	unexpected end of input
        [bé^],*	ok
        [!bzb]-\-	ok
        [z😀^a][-😀][b!é]]	ok
        [😀a][!😀z]	ok
        ?zb[--z]	ok
        [-bz[-]	ok
        [éa][é^é]-	ok
        \a	ok
        {??[]	could not parse range
        éb},!,*	ok
        !a😀[	unexpected end of input
        b\[]\]	ok
        [][]b\]	could not parse range
        [ézb!][é!b][]	could not parse range
        [ab!]	ok
        ][][!b-	could not parse range
        []b-é]	could not parse range
        [z^z]	ok
        b-[😀*	unexpected end of input
        [é]!-[]	could not parse range
        [-][]\]!b	could not parse range
        *z]	ok
        [aé][]	could not parse range
        [^😀]	ok
        a{é,z[-!zz]	ok
        [\][b^-é][-aaa]	ok
        ?b[^😀-z[é]	ok
        [😀😀]	ok
        [^zzz]	ok
        [za😀!]	ok
        [😀é]baa	ok
        [[]*{]	ok
        [][[-é]	could not parse range
        [😀-!][\]	hi character '!' should be greater than lo '😀'
        !z[^^!😀]	ok
        []z😀]?-[bz^a]	could not parse range
        {,!z\a[z!^z]	ok
        b-\[-][^]	ok
        \][!^aa][]	could not parse range
        [^\][],!-	ok
        [^a^a][\é	unexpected end of input
        b,[-😀-a]	ok
        \{éa[]	could not parse range
        [b][😀é-]	ok
        😀![[bzb\]	unexpected end of input
        [][[é^]	could not parse range
        [!z^][!é\]-]	ok
        [b\]][é^]	ok
        [zz😀b]]\é	ok
        []*	could not parse range
        é}[^]b]	ok
        """;
}

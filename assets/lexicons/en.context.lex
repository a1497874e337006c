# English context words: targets, groups, negators, counter-speech, self-reference, benign phrases.
@format 1
@lang en
@source Original work written for Waspada, 2026-11 (vocabulary from general knowledge of the language)
@licence MIT
# term | category | weight | key | flags

# ---- ctx:target: second person and vocatives ----
you               | ctx:target |  |  |
u                 | ctx:target |  |  |
your              | ctx:target |  |  |
ur                | ctx:target |  |  |
yours             | ctx:target |  |  |
you're            | ctx:target |  |  |
youre             | ctx:target |  |  |
you've            | ctx:target |  |  |
you'll            | ctx:target |  |  |
you'd             | ctx:target |  |  |
yourself          | ctx:target |  |  |
yourselves        | ctx:target |  |  |
urself            | ctx:target |  |  |
y'all             | ctx:target |  |  |
yall              | ctx:target |  |  |
ya'll             | ctx:target |  |  |
you guys          | ctx:target |  |  |
you lot           | ctx:target |  |  |
you people        | ctx:target |  |  |
thou              | ctx:target |  |  |
bro               | ctx:target |  |  |
bruh              | ctx:target |  |  |
bruv              | ctx:target |  |  |
dude              | ctx:target |  |  |
buddy             | ctx:target |  |  |
pal               | ctx:target |  |  |
mate              | ctx:target |  |  |
sis               | ctx:target |  |  |

# ---- ctx:group: protected groups ----
muslim            | ctx:group |  |  |
muslims           | ctx:group |  |  |
islam             | ctx:group |  |  |
islamic           | ctx:group |  |  |
moslem*           | ctx:group |  |  |
jew               | ctx:group |  |  |
jews              | ctx:group |  |  |
jewish            | ctx:group |  |  |
christian         | ctx:group |  |  |
christians        | ctx:group |  |  |
catholic*         | ctx:group |  |  |
hindu             | ctx:group |  |  |
hindus            | ctx:group |  |  |
sikh              | ctx:group |  |  |
sikhs             | ctx:group |  |  |
buddhist*         | ctx:group |  |  |
atheist*          | ctx:group |  |  |
black people      | ctx:group |  |  |
blacks            | ctx:group |  |  |
black folks       | ctx:group |  |  |
african american* | ctx:group |  |  |
white people      | ctx:group |  |  |
whites            | ctx:group |  |  |
asian             | ctx:group |  |  |
asians            | ctx:group |  |  |
chinese           | ctx:group |  |  |
mexican           | ctx:group |  |  |
mexicans          | ctx:group |  |  |
latino*           | ctx:group |  |  |
latina*           | ctx:group |  |  |
hispanic*         | ctx:group |  |  |
arab              | ctx:group |  |  |
arabs             | ctx:group |  |  |
african           | ctx:group |  |  |
africans          | ctx:group |  |  |
indians           | ctx:group |  |  |
pakistani*        | ctx:group |  |  |
somali*           | ctx:group |  |  |
filipino*         | ctx:group |  |  |
indonesian*       | ctx:group |  |  |
malays            | ctx:group |  |  |
rohingya          | ctx:group |  |  |
rohingyas         | ctx:group |  |  |
palestinian*      | ctx:group |  |  |
israeli*          | ctx:group |  |  |
roma              | ctx:group |  |  |
gypsies           | ctx:group |  |  |
native american*  | ctx:group |  |  |
aboriginal*       | ctx:group |  |  |
indigenous        | ctx:group |  |  |
immigrant*        | ctx:group |  |  |
migrant*          | ctx:group |  |  |
refugee*          | ctx:group |  |  |
asylum seeker*    | ctx:group |  |  |
foreigner*        | ctx:group |  |  |
illegals          | ctx:group |  |  |
women             | ctx:group |  |  |
woman             | ctx:group |  |  |
females           | ctx:group |  |  |
girls             | ctx:group |  |  |
gay               | ctx:group |  |  |
gays              | ctx:group |  |  |
lesbian*          | ctx:group |  |  |
bisexual*         | ctx:group |  |  |
homosexual*       | ctx:group |  |  |
trans             | ctx:group |  |  |
transgender*      | ctx:group |  |  |
trans people      | ctx:group |  |  |
lgbt*             | ctx:group |  |  |
queer*            | ctx:group |  |  |
disabled          | ctx:group |  |  |
the disabled      | ctx:group |  |  |
autistic          | ctx:group |  |  |
these people      | ctx:group |  |  |
those people      | ctx:group |  |  |
their kind        | ctx:group |  |  |

# ---- ctx:negation ----
not               | ctx:negation |  |  |
don't             | ctx:negation |  |  |
dont              | ctx:negation |  |  |
do not            | ctx:negation |  |  |
doesn't           | ctx:negation |  |  |
doesnt            | ctx:negation |  |  |
isn't             | ctx:negation |  |  |
isnt              | ctx:negation |  |  |
aren't            | ctx:negation |  |  |
arent             | ctx:negation |  |  |
wasn't            | ctx:negation |  |  |
weren't           | ctx:negation |  |  |
never             | ctx:negation |  |  |
won't             | ctx:negation |  |  |
wont              | ctx:negation |  |  |
wouldn't          | ctx:negation |  |  |
shouldn't         | ctx:negation |  |  |
didn't            | ctx:negation |  |  |
didnt             | ctx:negation |  |  |
no longer         | ctx:negation |  |  |

# ---- ctx:counter: reporting or condemning abuse ----
called me         | ctx:counter |  |  |
calls me          | ctx:counter |  |  |
calling me        | ctx:counter |  |  |
called her        | ctx:counter |  |  |
called him        | ctx:counter |  |  |
called them       | ctx:counter |  |  |
called us         | ctx:counter |  |  |
calling someone   | ctx:counter |  |  |
calling people    | ctx:counter |  |  |
call someone      | ctx:counter |  |  |
call people       | ctx:counter |  |  |
they call me      | ctx:counter |  |  |
is a slur         | ctx:counter |  |  |
is a racial slur  | ctx:counter |  |  |
are slurs         | ctx:counter |  |  |
was a slur        | ctx:counter |  |  |
racial slur*      | ctx:counter |  |  |
the n word        | ctx:counter |  |  |
the f word        | ctx:counter |  |  |
don't say that    | ctx:counter |  |  |
dont say that     | ctx:counter |  |  |
stop saying       | ctx:counter |  |  |
stop calling      | ctx:counter |  |  |
stop using the word | ctx:counter |  |  |
never call        | ctx:counter |  |  |
should not say    | ctx:counter |  |  |
shouldn't say     | ctx:counter |  |  |
not okay to say   | ctx:counter |  |  |
not ok to say     | ctx:counter |  |  |
he said i was     | ctx:counter |  |  |
she said i was    | ctx:counter |  |  |
they said i was   | ctx:counter |  |  |
told me to kill myself | ctx:counter |  |  |
told me i should  | ctx:counter |  |  |
yelled at me      | ctx:counter |  |  |
screamed at me    | ctx:counter |  |  |
was bullied       | ctx:counter |  |  |
bullied me        | ctx:counter |  |  |
got called        | ctx:counter |  |  |
is hate speech    | ctx:counter |  |  |
is racist         | ctx:counter |  |  |
that's racist     | ctx:counter |  |  |
thats racist      | ctx:counter |  |  |
so racist         | ctx:counter |  |  |
is homophobic     | ctx:counter |  |  |
is sexist         | ctx:counter |  |  |
is not okay       | ctx:counter |  |  |
is unacceptable   | ctx:counter |  |  |
i reported        | ctx:counter |  |  |
please report     | ctx:counter |  |  |
reported this     | ctx:counter |  |  |
report this       | ctx:counter |  |  |

# ---- ctx:self: speaking of oneself ----
i'm such          | ctx:self |  |  |
im such           | ctx:self |  |  |
i am such         | ctx:self |  |  |
i'm so            | ctx:self |  |  |
im so             | ctx:self |  |  |
i am so           | ctx:self |  |  |
i'm an            | ctx:self |  |  |
im an             | ctx:self |  |  |
i am an           | ctx:self |  |  |
i'm a             | ctx:self |  |  |
i am a            | ctx:self |  |  |
i was such        | ctx:self |  |  |
i was so          | ctx:self |  |  |
i feel so         | ctx:self |  |  |
i feel like such  | ctx:self |  |  |
i look so         | ctx:self |  |  |
i look like       | ctx:self |  |  |
call myself       | ctx:self |  |  |
me being          | ctx:self |  |  |

# ---- allow: benign phrases ----
kill time         | allow |  |  |
killing time      | allow |  |  |
killed time       | allow |  |  |
killing it        | allow |  |  |
killed it         | allow |  |  |
kill it           | allow |  |  |
kills it          | allow |  |  |
you killed it     | allow |  |  |
you're killing it | allow |  |  |
you're killing me | allow |  |  |
killing me softly | allow |  |  |
kill the lights   | allow |  |  |
kill the engine   | allow |  |  |
kill the process  | allow |  |  |
kill switch       | allow |  |  |
kill two birds    | allow |  |  |
dressed to kill   | allow |  |  |
killer app        | allow |  |  |
killer deal       | allow |  |  |
killer look       | allow |  |  |
to die for        | allow |  |  |
dying of laughter | allow |  |  |
dying laughing    | allow |  |  |
died laughing     | allow |  |  |
dead to me        | allow |  |  |
re:\b(you ?['’]?re|you are|ur|youre) dead (to me|wrong|right|serious|on|tired|cute|last) | allow |  |  |
drop dead gorgeous | allow |  |  |
drop-dead gorgeous | allow |  |  |
break a leg       | allow |  |  |
bomb deal         | allow |  |  |
the bomb          | allow |  |  |
da bomb           | allow |  |  |
photobomb*        | allow |  |  |
photo bomb        | allow |  |  |
bath bomb*        | allow |  |  |
f-bomb            | allow |  |  |
shoot a photo     | allow |  |  |
photo shoot       | allow |  |  |
photoshoot        | allow |  |  |
shoot me a message | allow |  |  |
shoot me a text   | allow |  |  |
shoot me an email | allow |  |  |
shoot your shot   | allow |  |  |
shot of espresso  | allow |  |  |
shot of tequila   | allow |  |  |
flu shot          | allow |  |  |
booster shot      | allow |  |  |
bad ass           | allow |  |  |
kick ass          | allow |  |  |
kicks ass         | allow |  |  |
pussy cat*        | allow |  |  |
pussy foot*       | allow |  |  |
pussyfoot*        | allow |  |  |
pussycat*         | allow |  |  |
cum laude         | allow |  |  |
summa cum laude   | allow |  |  |
magna cum laude   | allow |  |  |
cock fight*       | allow |  |  |
moby dick         | allow |  |  |
e coli            | allow |  |  |
e. coli           | allow |  |  |
scunthorpe        | allow |  |  |
bitchute          | allow |  |  |
penistone         | allow |  |  |
great tit         | allow |  |  |
blue tit          | allow |  |  |
chink in the armor | allow |  |  |
chink in the armour | allow |  |  |
re:\bfuck(ing|in)? (awesome|amazing|great|love|loved|beautiful|gorgeous|proud|brilliant|legend|hilarious|genius|incredible|perfect|yes|yeah) | allow |  |  |
so fucking proud  | allow |  |  |
suicide prevention | allow |  |  |
suicide hotline   | allow |  |  |
suicide squad     | allow |  |  |
self harm awareness | allow |  |  |
hang out          | allow |  |  |
hanging out       | allow |  |  |
hang in there     | allow |  |  |
shoot hoops       | allow |  |  |
shooting star     | allow |  |  |
execute the plan  | allow |  |  |
homo sapiens      | allow |  |  |
homo erectus      | allow |  |  |
year of the monkey | allow |  |  |
re:\bi (want|wanna|need) to (die|dye) (my|your|ur|the|her|his) (hair|shirt|clothes|eggs|fabric) | allow |  |  |

# ---- ctx:target: third person and pointing at someone (insulting a person who is talked about is
# ---- still harassment); added 2026-11-29 by the engine maintainers, original work ----
he | ctx:target
she | ctx:target
him | ctx:target
her | ctx:target
they | ctx:target
them | ctx:target
his | ctx:target
their | ctx:target
he's | ctx:target
she's | ctx:target
they're | ctx:target
this guy | ctx:target
that guy | ctx:target
this girl | ctx:target
that girl | ctx:target
this woman | ctx:target
this man | ctx:target
these people | ctx:target
those people | ctx:target
this idiot | ctx:target
these idiots | ctx:target

# ---- ctx:counter: security advice ("never share your OTP", "banks will never ask for your PIN")
# ---- uses the very words of credential scams (added 2026-12, original work, MIT) ----
re:\b(never|don['’]?t|do not|dont|please don['’]?t) (ever )?(share|give|send|tell|disclose|reveal|forward) (out )?(your|ur|the|any|an|this|that)? ?(otp|code|codes|pin|password|passwords|tac|cvv|verification code|one[- ]time)\b | ctx:counter |  |  |
re:\b(will|would) never ask (you )?(for )?(your|ur|the|any)? ?(otp|code|pin|password|details)\b | ctx:counter |  |  |
re:\b(an |a )?(otp|code) (i|you) didn['’]?t (request|ask for)\b | ctx:counter |  |  |
re:\b(beware of|watch out for|be careful of|psa|scam alert)\b | ctx:counter |  |  |

# ---- ctx:contrast: the word that turns a sentence round ("I'm not racist but ..."): a negator before it
# with nothing named between disclaims the writer and negates nothing after it
but               | ctx:contrast

using System;
using System.Threading.Tasks;

// Generated: a chain of 150 async methods, and one method with 300 awaits in sequence and inside expressions.
static class Program
{
    static async Task<long> M0(long x) { if (x % 7 == 0) await Task.Yield(); return await M1(x + 1) + 0; }
    static async Task<long> M1(long x) { if (x % 7 == 1) await Task.Yield(); return await M2(x + 1) + 1; }
    static async Task<long> M2(long x) { if (x % 7 == 2) await Task.Yield(); return await M3(x + 1) + 2; }
    static async Task<long> M3(long x) { if (x % 7 == 3) await Task.Yield(); return await M4(x + 1) + 3; }
    static async Task<long> M4(long x) { if (x % 7 == 4) await Task.Yield(); return await M5(x + 1) + 4; }
    static async Task<long> M5(long x) { if (x % 7 == 5) await Task.Yield(); return await M6(x + 1) + 5; }
    static async Task<long> M6(long x) { if (x % 7 == 6) await Task.Yield(); return await M7(x + 1) + 6; }
    static async Task<long> M7(long x) { if (x % 7 == 0) await Task.Yield(); return await M8(x + 1) + 7; }
    static async Task<long> M8(long x) { if (x % 7 == 1) await Task.Yield(); return await M9(x + 1) + 8; }
    static async Task<long> M9(long x) { if (x % 7 == 2) await Task.Yield(); return await M10(x + 1) + 9; }
    static async Task<long> M10(long x) { if (x % 7 == 3) await Task.Yield(); return await M11(x + 1) + 10; }
    static async Task<long> M11(long x) { if (x % 7 == 4) await Task.Yield(); return await M12(x + 1) + 11; }
    static async Task<long> M12(long x) { if (x % 7 == 5) await Task.Yield(); return await M13(x + 1) + 12; }
    static async Task<long> M13(long x) { if (x % 7 == 6) await Task.Yield(); return await M14(x + 1) + 13; }
    static async Task<long> M14(long x) { if (x % 7 == 0) await Task.Yield(); return await M15(x + 1) + 14; }
    static async Task<long> M15(long x) { if (x % 7 == 1) await Task.Yield(); return await M16(x + 1) + 15; }
    static async Task<long> M16(long x) { if (x % 7 == 2) await Task.Yield(); return await M17(x + 1) + 16; }
    static async Task<long> M17(long x) { if (x % 7 == 3) await Task.Yield(); return await M18(x + 1) + 17; }
    static async Task<long> M18(long x) { if (x % 7 == 4) await Task.Yield(); return await M19(x + 1) + 18; }
    static async Task<long> M19(long x) { if (x % 7 == 5) await Task.Yield(); return await M20(x + 1) + 19; }
    static async Task<long> M20(long x) { if (x % 7 == 6) await Task.Yield(); return await M21(x + 1) + 20; }
    static async Task<long> M21(long x) { if (x % 7 == 0) await Task.Yield(); return await M22(x + 1) + 21; }
    static async Task<long> M22(long x) { if (x % 7 == 1) await Task.Yield(); return await M23(x + 1) + 22; }
    static async Task<long> M23(long x) { if (x % 7 == 2) await Task.Yield(); return await M24(x + 1) + 23; }
    static async Task<long> M24(long x) { if (x % 7 == 3) await Task.Yield(); return await M25(x + 1) + 24; }
    static async Task<long> M25(long x) { if (x % 7 == 4) await Task.Yield(); return await M26(x + 1) + 25; }
    static async Task<long> M26(long x) { if (x % 7 == 5) await Task.Yield(); return await M27(x + 1) + 26; }
    static async Task<long> M27(long x) { if (x % 7 == 6) await Task.Yield(); return await M28(x + 1) + 27; }
    static async Task<long> M28(long x) { if (x % 7 == 0) await Task.Yield(); return await M29(x + 1) + 28; }
    static async Task<long> M29(long x) { if (x % 7 == 1) await Task.Yield(); return await M30(x + 1) + 29; }
    static async Task<long> M30(long x) { if (x % 7 == 2) await Task.Yield(); return await M31(x + 1) + 30; }
    static async Task<long> M31(long x) { if (x % 7 == 3) await Task.Yield(); return await M32(x + 1) + 31; }
    static async Task<long> M32(long x) { if (x % 7 == 4) await Task.Yield(); return await M33(x + 1) + 32; }
    static async Task<long> M33(long x) { if (x % 7 == 5) await Task.Yield(); return await M34(x + 1) + 33; }
    static async Task<long> M34(long x) { if (x % 7 == 6) await Task.Yield(); return await M35(x + 1) + 34; }
    static async Task<long> M35(long x) { if (x % 7 == 0) await Task.Yield(); return await M36(x + 1) + 35; }
    static async Task<long> M36(long x) { if (x % 7 == 1) await Task.Yield(); return await M37(x + 1) + 36; }
    static async Task<long> M37(long x) { if (x % 7 == 2) await Task.Yield(); return await M38(x + 1) + 37; }
    static async Task<long> M38(long x) { if (x % 7 == 3) await Task.Yield(); return await M39(x + 1) + 38; }
    static async Task<long> M39(long x) { if (x % 7 == 4) await Task.Yield(); return await M40(x + 1) + 39; }
    static async Task<long> M40(long x) { if (x % 7 == 5) await Task.Yield(); return await M41(x + 1) + 40; }
    static async Task<long> M41(long x) { if (x % 7 == 6) await Task.Yield(); return await M42(x + 1) + 41; }
    static async Task<long> M42(long x) { if (x % 7 == 0) await Task.Yield(); return await M43(x + 1) + 42; }
    static async Task<long> M43(long x) { if (x % 7 == 1) await Task.Yield(); return await M44(x + 1) + 43; }
    static async Task<long> M44(long x) { if (x % 7 == 2) await Task.Yield(); return await M45(x + 1) + 44; }
    static async Task<long> M45(long x) { if (x % 7 == 3) await Task.Yield(); return await M46(x + 1) + 45; }
    static async Task<long> M46(long x) { if (x % 7 == 4) await Task.Yield(); return await M47(x + 1) + 46; }
    static async Task<long> M47(long x) { if (x % 7 == 5) await Task.Yield(); return await M48(x + 1) + 47; }
    static async Task<long> M48(long x) { if (x % 7 == 6) await Task.Yield(); return await M49(x + 1) + 48; }
    static async Task<long> M49(long x) { if (x % 7 == 0) await Task.Yield(); return await M50(x + 1) + 49; }
    static async Task<long> M50(long x) { if (x % 7 == 1) await Task.Yield(); return await M51(x + 1) + 50; }
    static async Task<long> M51(long x) { if (x % 7 == 2) await Task.Yield(); return await M52(x + 1) + 51; }
    static async Task<long> M52(long x) { if (x % 7 == 3) await Task.Yield(); return await M53(x + 1) + 52; }
    static async Task<long> M53(long x) { if (x % 7 == 4) await Task.Yield(); return await M54(x + 1) + 53; }
    static async Task<long> M54(long x) { if (x % 7 == 5) await Task.Yield(); return await M55(x + 1) + 54; }
    static async Task<long> M55(long x) { if (x % 7 == 6) await Task.Yield(); return await M56(x + 1) + 55; }
    static async Task<long> M56(long x) { if (x % 7 == 0) await Task.Yield(); return await M57(x + 1) + 56; }
    static async Task<long> M57(long x) { if (x % 7 == 1) await Task.Yield(); return await M58(x + 1) + 57; }
    static async Task<long> M58(long x) { if (x % 7 == 2) await Task.Yield(); return await M59(x + 1) + 58; }
    static async Task<long> M59(long x) { if (x % 7 == 3) await Task.Yield(); return await M60(x + 1) + 59; }
    static async Task<long> M60(long x) { if (x % 7 == 4) await Task.Yield(); return await M61(x + 1) + 60; }
    static async Task<long> M61(long x) { if (x % 7 == 5) await Task.Yield(); return await M62(x + 1) + 61; }
    static async Task<long> M62(long x) { if (x % 7 == 6) await Task.Yield(); return await M63(x + 1) + 62; }
    static async Task<long> M63(long x) { if (x % 7 == 0) await Task.Yield(); return await M64(x + 1) + 63; }
    static async Task<long> M64(long x) { if (x % 7 == 1) await Task.Yield(); return await M65(x + 1) + 64; }
    static async Task<long> M65(long x) { if (x % 7 == 2) await Task.Yield(); return await M66(x + 1) + 65; }
    static async Task<long> M66(long x) { if (x % 7 == 3) await Task.Yield(); return await M67(x + 1) + 66; }
    static async Task<long> M67(long x) { if (x % 7 == 4) await Task.Yield(); return await M68(x + 1) + 67; }
    static async Task<long> M68(long x) { if (x % 7 == 5) await Task.Yield(); return await M69(x + 1) + 68; }
    static async Task<long> M69(long x) { if (x % 7 == 6) await Task.Yield(); return await M70(x + 1) + 69; }
    static async Task<long> M70(long x) { if (x % 7 == 0) await Task.Yield(); return await M71(x + 1) + 70; }
    static async Task<long> M71(long x) { if (x % 7 == 1) await Task.Yield(); return await M72(x + 1) + 71; }
    static async Task<long> M72(long x) { if (x % 7 == 2) await Task.Yield(); return await M73(x + 1) + 72; }
    static async Task<long> M73(long x) { if (x % 7 == 3) await Task.Yield(); return await M74(x + 1) + 73; }
    static async Task<long> M74(long x) { if (x % 7 == 4) await Task.Yield(); return await M75(x + 1) + 74; }
    static async Task<long> M75(long x) { if (x % 7 == 5) await Task.Yield(); return await M76(x + 1) + 75; }
    static async Task<long> M76(long x) { if (x % 7 == 6) await Task.Yield(); return await M77(x + 1) + 76; }
    static async Task<long> M77(long x) { if (x % 7 == 0) await Task.Yield(); return await M78(x + 1) + 77; }
    static async Task<long> M78(long x) { if (x % 7 == 1) await Task.Yield(); return await M79(x + 1) + 78; }
    static async Task<long> M79(long x) { if (x % 7 == 2) await Task.Yield(); return await M80(x + 1) + 79; }
    static async Task<long> M80(long x) { if (x % 7 == 3) await Task.Yield(); return await M81(x + 1) + 80; }
    static async Task<long> M81(long x) { if (x % 7 == 4) await Task.Yield(); return await M82(x + 1) + 81; }
    static async Task<long> M82(long x) { if (x % 7 == 5) await Task.Yield(); return await M83(x + 1) + 82; }
    static async Task<long> M83(long x) { if (x % 7 == 6) await Task.Yield(); return await M84(x + 1) + 83; }
    static async Task<long> M84(long x) { if (x % 7 == 0) await Task.Yield(); return await M85(x + 1) + 84; }
    static async Task<long> M85(long x) { if (x % 7 == 1) await Task.Yield(); return await M86(x + 1) + 85; }
    static async Task<long> M86(long x) { if (x % 7 == 2) await Task.Yield(); return await M87(x + 1) + 86; }
    static async Task<long> M87(long x) { if (x % 7 == 3) await Task.Yield(); return await M88(x + 1) + 87; }
    static async Task<long> M88(long x) { if (x % 7 == 4) await Task.Yield(); return await M89(x + 1) + 88; }
    static async Task<long> M89(long x) { if (x % 7 == 5) await Task.Yield(); return await M90(x + 1) + 89; }
    static async Task<long> M90(long x) { if (x % 7 == 6) await Task.Yield(); return await M91(x + 1) + 90; }
    static async Task<long> M91(long x) { if (x % 7 == 0) await Task.Yield(); return await M92(x + 1) + 91; }
    static async Task<long> M92(long x) { if (x % 7 == 1) await Task.Yield(); return await M93(x + 1) + 92; }
    static async Task<long> M93(long x) { if (x % 7 == 2) await Task.Yield(); return await M94(x + 1) + 93; }
    static async Task<long> M94(long x) { if (x % 7 == 3) await Task.Yield(); return await M95(x + 1) + 94; }
    static async Task<long> M95(long x) { if (x % 7 == 4) await Task.Yield(); return await M96(x + 1) + 95; }
    static async Task<long> M96(long x) { if (x % 7 == 5) await Task.Yield(); return await M97(x + 1) + 96; }
    static async Task<long> M97(long x) { if (x % 7 == 6) await Task.Yield(); return await M98(x + 1) + 97; }
    static async Task<long> M98(long x) { if (x % 7 == 0) await Task.Yield(); return await M99(x + 1) + 98; }
    static async Task<long> M99(long x) { if (x % 7 == 1) await Task.Yield(); return await M100(x + 1) + 99; }
    static async Task<long> M100(long x) { if (x % 7 == 2) await Task.Yield(); return await M101(x + 1) + 100; }
    static async Task<long> M101(long x) { if (x % 7 == 3) await Task.Yield(); return await M102(x + 1) + 101; }
    static async Task<long> M102(long x) { if (x % 7 == 4) await Task.Yield(); return await M103(x + 1) + 102; }
    static async Task<long> M103(long x) { if (x % 7 == 5) await Task.Yield(); return await M104(x + 1) + 103; }
    static async Task<long> M104(long x) { if (x % 7 == 6) await Task.Yield(); return await M105(x + 1) + 104; }
    static async Task<long> M105(long x) { if (x % 7 == 0) await Task.Yield(); return await M106(x + 1) + 105; }
    static async Task<long> M106(long x) { if (x % 7 == 1) await Task.Yield(); return await M107(x + 1) + 106; }
    static async Task<long> M107(long x) { if (x % 7 == 2) await Task.Yield(); return await M108(x + 1) + 107; }
    static async Task<long> M108(long x) { if (x % 7 == 3) await Task.Yield(); return await M109(x + 1) + 108; }
    static async Task<long> M109(long x) { if (x % 7 == 4) await Task.Yield(); return await M110(x + 1) + 109; }
    static async Task<long> M110(long x) { if (x % 7 == 5) await Task.Yield(); return await M111(x + 1) + 110; }
    static async Task<long> M111(long x) { if (x % 7 == 6) await Task.Yield(); return await M112(x + 1) + 111; }
    static async Task<long> M112(long x) { if (x % 7 == 0) await Task.Yield(); return await M113(x + 1) + 112; }
    static async Task<long> M113(long x) { if (x % 7 == 1) await Task.Yield(); return await M114(x + 1) + 113; }
    static async Task<long> M114(long x) { if (x % 7 == 2) await Task.Yield(); return await M115(x + 1) + 114; }
    static async Task<long> M115(long x) { if (x % 7 == 3) await Task.Yield(); return await M116(x + 1) + 115; }
    static async Task<long> M116(long x) { if (x % 7 == 4) await Task.Yield(); return await M117(x + 1) + 116; }
    static async Task<long> M117(long x) { if (x % 7 == 5) await Task.Yield(); return await M118(x + 1) + 117; }
    static async Task<long> M118(long x) { if (x % 7 == 6) await Task.Yield(); return await M119(x + 1) + 118; }
    static async Task<long> M119(long x) { if (x % 7 == 0) await Task.Yield(); return await M120(x + 1) + 119; }
    static async Task<long> M120(long x) { if (x % 7 == 1) await Task.Yield(); return await M121(x + 1) + 120; }
    static async Task<long> M121(long x) { if (x % 7 == 2) await Task.Yield(); return await M122(x + 1) + 121; }
    static async Task<long> M122(long x) { if (x % 7 == 3) await Task.Yield(); return await M123(x + 1) + 122; }
    static async Task<long> M123(long x) { if (x % 7 == 4) await Task.Yield(); return await M124(x + 1) + 123; }
    static async Task<long> M124(long x) { if (x % 7 == 5) await Task.Yield(); return await M125(x + 1) + 124; }
    static async Task<long> M125(long x) { if (x % 7 == 6) await Task.Yield(); return await M126(x + 1) + 125; }
    static async Task<long> M126(long x) { if (x % 7 == 0) await Task.Yield(); return await M127(x + 1) + 126; }
    static async Task<long> M127(long x) { if (x % 7 == 1) await Task.Yield(); return await M128(x + 1) + 127; }
    static async Task<long> M128(long x) { if (x % 7 == 2) await Task.Yield(); return await M129(x + 1) + 128; }
    static async Task<long> M129(long x) { if (x % 7 == 3) await Task.Yield(); return await M130(x + 1) + 129; }
    static async Task<long> M130(long x) { if (x % 7 == 4) await Task.Yield(); return await M131(x + 1) + 130; }
    static async Task<long> M131(long x) { if (x % 7 == 5) await Task.Yield(); return await M132(x + 1) + 131; }
    static async Task<long> M132(long x) { if (x % 7 == 6) await Task.Yield(); return await M133(x + 1) + 132; }
    static async Task<long> M133(long x) { if (x % 7 == 0) await Task.Yield(); return await M134(x + 1) + 133; }
    static async Task<long> M134(long x) { if (x % 7 == 1) await Task.Yield(); return await M135(x + 1) + 134; }
    static async Task<long> M135(long x) { if (x % 7 == 2) await Task.Yield(); return await M136(x + 1) + 135; }
    static async Task<long> M136(long x) { if (x % 7 == 3) await Task.Yield(); return await M137(x + 1) + 136; }
    static async Task<long> M137(long x) { if (x % 7 == 4) await Task.Yield(); return await M138(x + 1) + 137; }
    static async Task<long> M138(long x) { if (x % 7 == 5) await Task.Yield(); return await M139(x + 1) + 138; }
    static async Task<long> M139(long x) { if (x % 7 == 6) await Task.Yield(); return await M140(x + 1) + 139; }
    static async Task<long> M140(long x) { if (x % 7 == 0) await Task.Yield(); return await M141(x + 1) + 140; }
    static async Task<long> M141(long x) { if (x % 7 == 1) await Task.Yield(); return await M142(x + 1) + 141; }
    static async Task<long> M142(long x) { if (x % 7 == 2) await Task.Yield(); return await M143(x + 1) + 142; }
    static async Task<long> M143(long x) { if (x % 7 == 3) await Task.Yield(); return await M144(x + 1) + 143; }
    static async Task<long> M144(long x) { if (x % 7 == 4) await Task.Yield(); return await M145(x + 1) + 144; }
    static async Task<long> M145(long x) { if (x % 7 == 5) await Task.Yield(); return await M146(x + 1) + 145; }
    static async Task<long> M146(long x) { if (x % 7 == 6) await Task.Yield(); return await M147(x + 1) + 146; }
    static async Task<long> M147(long x) { if (x % 7 == 0) await Task.Yield(); return await M148(x + 1) + 147; }
    static async Task<long> M148(long x) { if (x % 7 == 1) await Task.Yield(); return await M149(x + 1) + 148; }
    static async Task<long> M149(long x) { await Task.Yield(); return x + 149; }
    static async Task<int> One(int v) { await Task.Yield(); return v; }
    static async Task<long> ManyAwaits()
    {
        long t = 0;
        t += await One(0);
        t = t * 3 % 1000003 + await One(1) * await One(2);
        if (await One(2) % 2 == 0) t -= 2; else t += await One(1);
        t += await One(3);
        t = t * 3 % 1000003 + await One(4) * await One(2);
        if (await One(5) % 2 == 0) t -= 5; else t += await One(1);
        t += await One(6);
        t = t * 3 % 1000003 + await One(7) * await One(2);
        if (await One(8) % 2 == 0) t -= 8; else t += await One(1);
        t += await One(9);
        t = t * 3 % 1000003 + await One(10) * await One(2);
        if (await One(11) % 2 == 0) t -= 11; else t += await One(1);
        t += await One(12);
        t = t * 3 % 1000003 + await One(13) * await One(2);
        if (await One(14) % 2 == 0) t -= 14; else t += await One(1);
        t += await One(15);
        t = t * 3 % 1000003 + await One(16) * await One(2);
        if (await One(17) % 2 == 0) t -= 17; else t += await One(1);
        t += await One(18);
        t = t * 3 % 1000003 + await One(19) * await One(2);
        if (await One(20) % 2 == 0) t -= 20; else t += await One(1);
        t += await One(21);
        t = t * 3 % 1000003 + await One(22) * await One(2);
        if (await One(23) % 2 == 0) t -= 23; else t += await One(1);
        t += await One(24);
        t = t * 3 % 1000003 + await One(25) * await One(2);
        if (await One(26) % 2 == 0) t -= 26; else t += await One(1);
        t += await One(27);
        t = t * 3 % 1000003 + await One(28) * await One(2);
        if (await One(29) % 2 == 0) t -= 29; else t += await One(1);
        t += await One(30);
        t = t * 3 % 1000003 + await One(31) * await One(2);
        if (await One(32) % 2 == 0) t -= 32; else t += await One(1);
        t += await One(33);
        t = t * 3 % 1000003 + await One(34) * await One(2);
        if (await One(35) % 2 == 0) t -= 35; else t += await One(1);
        t += await One(36);
        t = t * 3 % 1000003 + await One(37) * await One(2);
        if (await One(38) % 2 == 0) t -= 38; else t += await One(1);
        t += await One(39);
        t = t * 3 % 1000003 + await One(40) * await One(2);
        if (await One(41) % 2 == 0) t -= 41; else t += await One(1);
        t += await One(42);
        t = t * 3 % 1000003 + await One(43) * await One(2);
        if (await One(44) % 2 == 0) t -= 44; else t += await One(1);
        t += await One(45);
        t = t * 3 % 1000003 + await One(46) * await One(2);
        if (await One(47) % 2 == 0) t -= 47; else t += await One(1);
        t += await One(48);
        t = t * 3 % 1000003 + await One(49) * await One(2);
        if (await One(50) % 2 == 0) t -= 50; else t += await One(1);
        t += await One(51);
        t = t * 3 % 1000003 + await One(52) * await One(2);
        if (await One(53) % 2 == 0) t -= 53; else t += await One(1);
        t += await One(54);
        t = t * 3 % 1000003 + await One(55) * await One(2);
        if (await One(56) % 2 == 0) t -= 56; else t += await One(1);
        t += await One(57);
        t = t * 3 % 1000003 + await One(58) * await One(2);
        if (await One(59) % 2 == 0) t -= 59; else t += await One(1);
        t += await One(60);
        t = t * 3 % 1000003 + await One(61) * await One(2);
        if (await One(62) % 2 == 0) t -= 62; else t += await One(1);
        t += await One(63);
        t = t * 3 % 1000003 + await One(64) * await One(2);
        if (await One(65) % 2 == 0) t -= 65; else t += await One(1);
        t += await One(66);
        t = t * 3 % 1000003 + await One(67) * await One(2);
        if (await One(68) % 2 == 0) t -= 68; else t += await One(1);
        t += await One(69);
        t = t * 3 % 1000003 + await One(70) * await One(2);
        if (await One(71) % 2 == 0) t -= 71; else t += await One(1);
        t += await One(72);
        t = t * 3 % 1000003 + await One(73) * await One(2);
        if (await One(74) % 2 == 0) t -= 74; else t += await One(1);
        t += await One(75);
        t = t * 3 % 1000003 + await One(76) * await One(2);
        if (await One(77) % 2 == 0) t -= 77; else t += await One(1);
        t += await One(78);
        t = t * 3 % 1000003 + await One(79) * await One(2);
        if (await One(80) % 2 == 0) t -= 80; else t += await One(1);
        t += await One(81);
        t = t * 3 % 1000003 + await One(82) * await One(2);
        if (await One(83) % 2 == 0) t -= 83; else t += await One(1);
        t += await One(84);
        t = t * 3 % 1000003 + await One(85) * await One(2);
        if (await One(86) % 2 == 0) t -= 86; else t += await One(1);
        t += await One(87);
        t = t * 3 % 1000003 + await One(88) * await One(2);
        if (await One(89) % 2 == 0) t -= 89; else t += await One(1);
        t += await One(90);
        t = t * 3 % 1000003 + await One(91) * await One(2);
        if (await One(92) % 2 == 0) t -= 92; else t += await One(1);
        t += await One(93);
        t = t * 3 % 1000003 + await One(94) * await One(2);
        if (await One(95) % 2 == 0) t -= 95; else t += await One(1);
        t += await One(96);
        t = t * 3 % 1000003 + await One(97) * await One(2);
        if (await One(98) % 2 == 0) t -= 98; else t += await One(1);
        t += await One(99);
        t = t * 3 % 1000003 + await One(100) * await One(2);
        if (await One(101) % 2 == 0) t -= 101; else t += await One(1);
        t += await One(102);
        t = t * 3 % 1000003 + await One(103) * await One(2);
        if (await One(104) % 2 == 0) t -= 104; else t += await One(1);
        t += await One(105);
        t = t * 3 % 1000003 + await One(106) * await One(2);
        if (await One(107) % 2 == 0) t -= 107; else t += await One(1);
        t += await One(108);
        t = t * 3 % 1000003 + await One(109) * await One(2);
        if (await One(110) % 2 == 0) t -= 110; else t += await One(1);
        t += await One(111);
        t = t * 3 % 1000003 + await One(112) * await One(2);
        if (await One(113) % 2 == 0) t -= 113; else t += await One(1);
        t += await One(114);
        t = t * 3 % 1000003 + await One(115) * await One(2);
        if (await One(116) % 2 == 0) t -= 116; else t += await One(1);
        t += await One(117);
        t = t * 3 % 1000003 + await One(118) * await One(2);
        if (await One(119) % 2 == 0) t -= 119; else t += await One(1);
        t += await One(120);
        t = t * 3 % 1000003 + await One(121) * await One(2);
        if (await One(122) % 2 == 0) t -= 122; else t += await One(1);
        t += await One(123);
        t = t * 3 % 1000003 + await One(124) * await One(2);
        if (await One(125) % 2 == 0) t -= 125; else t += await One(1);
        t += await One(126);
        t = t * 3 % 1000003 + await One(127) * await One(2);
        if (await One(128) % 2 == 0) t -= 128; else t += await One(1);
        t += await One(129);
        t = t * 3 % 1000003 + await One(130) * await One(2);
        if (await One(131) % 2 == 0) t -= 131; else t += await One(1);
        t += await One(132);
        t = t * 3 % 1000003 + await One(133) * await One(2);
        if (await One(134) % 2 == 0) t -= 134; else t += await One(1);
        t += await One(135);
        t = t * 3 % 1000003 + await One(136) * await One(2);
        if (await One(137) % 2 == 0) t -= 137; else t += await One(1);
        t += await One(138);
        t = t * 3 % 1000003 + await One(139) * await One(2);
        if (await One(140) % 2 == 0) t -= 140; else t += await One(1);
        t += await One(141);
        t = t * 3 % 1000003 + await One(142) * await One(2);
        if (await One(143) % 2 == 0) t -= 143; else t += await One(1);
        t += await One(144);
        t = t * 3 % 1000003 + await One(145) * await One(2);
        if (await One(146) % 2 == 0) t -= 146; else t += await One(1);
        t += await One(147);
        t = t * 3 % 1000003 + await One(148) * await One(2);
        if (await One(149) % 2 == 0) t -= 149; else t += await One(1);
        t += await One(150);
        t = t * 3 % 1000003 + await One(151) * await One(2);
        if (await One(152) % 2 == 0) t -= 152; else t += await One(1);
        t += await One(153);
        t = t * 3 % 1000003 + await One(154) * await One(2);
        if (await One(155) % 2 == 0) t -= 155; else t += await One(1);
        t += await One(156);
        t = t * 3 % 1000003 + await One(157) * await One(2);
        if (await One(158) % 2 == 0) t -= 158; else t += await One(1);
        t += await One(159);
        t = t * 3 % 1000003 + await One(160) * await One(2);
        if (await One(161) % 2 == 0) t -= 161; else t += await One(1);
        t += await One(162);
        t = t * 3 % 1000003 + await One(163) * await One(2);
        if (await One(164) % 2 == 0) t -= 164; else t += await One(1);
        t += await One(165);
        t = t * 3 % 1000003 + await One(166) * await One(2);
        if (await One(167) % 2 == 0) t -= 167; else t += await One(1);
        t += await One(168);
        t = t * 3 % 1000003 + await One(169) * await One(2);
        if (await One(170) % 2 == 0) t -= 170; else t += await One(1);
        t += await One(171);
        t = t * 3 % 1000003 + await One(172) * await One(2);
        if (await One(173) % 2 == 0) t -= 173; else t += await One(1);
        t += await One(174);
        t = t * 3 % 1000003 + await One(175) * await One(2);
        if (await One(176) % 2 == 0) t -= 176; else t += await One(1);
        t += await One(177);
        t = t * 3 % 1000003 + await One(178) * await One(2);
        if (await One(179) % 2 == 0) t -= 179; else t += await One(1);
        t += await One(180);
        t = t * 3 % 1000003 + await One(181) * await One(2);
        if (await One(182) % 2 == 0) t -= 182; else t += await One(1);
        t += await One(183);
        t = t * 3 % 1000003 + await One(184) * await One(2);
        if (await One(185) % 2 == 0) t -= 185; else t += await One(1);
        t += await One(186);
        t = t * 3 % 1000003 + await One(187) * await One(2);
        if (await One(188) % 2 == 0) t -= 188; else t += await One(1);
        t += await One(189);
        t = t * 3 % 1000003 + await One(190) * await One(2);
        if (await One(191) % 2 == 0) t -= 191; else t += await One(1);
        t += await One(192);
        t = t * 3 % 1000003 + await One(193) * await One(2);
        if (await One(194) % 2 == 0) t -= 194; else t += await One(1);
        t += await One(195);
        t = t * 3 % 1000003 + await One(196) * await One(2);
        if (await One(197) % 2 == 0) t -= 197; else t += await One(1);
        t += await One(198);
        t = t * 3 % 1000003 + await One(199) * await One(2);
        if (await One(200) % 2 == 0) t -= 200; else t += await One(1);
        t += await One(201);
        t = t * 3 % 1000003 + await One(202) * await One(2);
        if (await One(203) % 2 == 0) t -= 203; else t += await One(1);
        t += await One(204);
        t = t * 3 % 1000003 + await One(205) * await One(2);
        if (await One(206) % 2 == 0) t -= 206; else t += await One(1);
        t += await One(207);
        t = t * 3 % 1000003 + await One(208) * await One(2);
        if (await One(209) % 2 == 0) t -= 209; else t += await One(1);
        t += await One(210);
        t = t * 3 % 1000003 + await One(211) * await One(2);
        if (await One(212) % 2 == 0) t -= 212; else t += await One(1);
        t += await One(213);
        t = t * 3 % 1000003 + await One(214) * await One(2);
        if (await One(215) % 2 == 0) t -= 215; else t += await One(1);
        t += await One(216);
        t = t * 3 % 1000003 + await One(217) * await One(2);
        if (await One(218) % 2 == 0) t -= 218; else t += await One(1);
        t += await One(219);
        t = t * 3 % 1000003 + await One(220) * await One(2);
        if (await One(221) % 2 == 0) t -= 221; else t += await One(1);
        t += await One(222);
        t = t * 3 % 1000003 + await One(223) * await One(2);
        if (await One(224) % 2 == 0) t -= 224; else t += await One(1);
        t += await One(225);
        t = t * 3 % 1000003 + await One(226) * await One(2);
        if (await One(227) % 2 == 0) t -= 227; else t += await One(1);
        t += await One(228);
        t = t * 3 % 1000003 + await One(229) * await One(2);
        if (await One(230) % 2 == 0) t -= 230; else t += await One(1);
        t += await One(231);
        t = t * 3 % 1000003 + await One(232) * await One(2);
        if (await One(233) % 2 == 0) t -= 233; else t += await One(1);
        t += await One(234);
        t = t * 3 % 1000003 + await One(235) * await One(2);
        if (await One(236) % 2 == 0) t -= 236; else t += await One(1);
        t += await One(237);
        t = t * 3 % 1000003 + await One(238) * await One(2);
        if (await One(239) % 2 == 0) t -= 239; else t += await One(1);
        t += await One(240);
        t = t * 3 % 1000003 + await One(241) * await One(2);
        if (await One(242) % 2 == 0) t -= 242; else t += await One(1);
        t += await One(243);
        t = t * 3 % 1000003 + await One(244) * await One(2);
        if (await One(245) % 2 == 0) t -= 245; else t += await One(1);
        t += await One(246);
        t = t * 3 % 1000003 + await One(247) * await One(2);
        if (await One(248) % 2 == 0) t -= 248; else t += await One(1);
        t += await One(249);
        t = t * 3 % 1000003 + await One(250) * await One(2);
        if (await One(251) % 2 == 0) t -= 251; else t += await One(1);
        t += await One(252);
        t = t * 3 % 1000003 + await One(253) * await One(2);
        if (await One(254) % 2 == 0) t -= 254; else t += await One(1);
        t += await One(255);
        t = t * 3 % 1000003 + await One(256) * await One(2);
        if (await One(257) % 2 == 0) t -= 257; else t += await One(1);
        t += await One(258);
        t = t * 3 % 1000003 + await One(259) * await One(2);
        if (await One(260) % 2 == 0) t -= 260; else t += await One(1);
        t += await One(261);
        t = t * 3 % 1000003 + await One(262) * await One(2);
        if (await One(263) % 2 == 0) t -= 263; else t += await One(1);
        t += await One(264);
        t = t * 3 % 1000003 + await One(265) * await One(2);
        if (await One(266) % 2 == 0) t -= 266; else t += await One(1);
        t += await One(267);
        t = t * 3 % 1000003 + await One(268) * await One(2);
        if (await One(269) % 2 == 0) t -= 269; else t += await One(1);
        t += await One(270);
        t = t * 3 % 1000003 + await One(271) * await One(2);
        if (await One(272) % 2 == 0) t -= 272; else t += await One(1);
        t += await One(273);
        t = t * 3 % 1000003 + await One(274) * await One(2);
        if (await One(275) % 2 == 0) t -= 275; else t += await One(1);
        t += await One(276);
        t = t * 3 % 1000003 + await One(277) * await One(2);
        if (await One(278) % 2 == 0) t -= 278; else t += await One(1);
        t += await One(279);
        t = t * 3 % 1000003 + await One(280) * await One(2);
        if (await One(281) % 2 == 0) t -= 281; else t += await One(1);
        t += await One(282);
        t = t * 3 % 1000003 + await One(283) * await One(2);
        if (await One(284) % 2 == 0) t -= 284; else t += await One(1);
        t += await One(285);
        t = t * 3 % 1000003 + await One(286) * await One(2);
        if (await One(287) % 2 == 0) t -= 287; else t += await One(1);
        t += await One(288);
        t = t * 3 % 1000003 + await One(289) * await One(2);
        if (await One(290) % 2 == 0) t -= 290; else t += await One(1);
        t += await One(291);
        t = t * 3 % 1000003 + await One(292) * await One(2);
        if (await One(293) % 2 == 0) t -= 293; else t += await One(1);
        t += await One(294);
        t = t * 3 % 1000003 + await One(295) * await One(2);
        if (await One(296) % 2 == 0) t -= 296; else t += await One(1);
        t += await One(297);
        t = t * 3 % 1000003 + await One(298) * await One(2);
        if (await One(299) % 2 == 0) t -= 299; else t += await One(1);
        return t;
    }
    static async Task Main()
    {
        Console.WriteLine(await M0(0));
        Console.WriteLine(await M0(5));
        Console.WriteLine(await ManyAwaits());
    }
}

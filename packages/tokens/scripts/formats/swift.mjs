// dist/ios/GbgTokens.swift: px → pt as CGFloat, colours as UIColor and SwiftUI Color (semantic
// colours resolve per trait collection), durations as TimeInterval, font stacks as named families.

const SWIFT_KEYWORDS = new Set(['default', 'static', 'class', 'struct', 'enum', 'let', 'var', 'in', 'is', 'as', 'inout', 'internal', 'public', 'private', 'self', 'super', 'true', 'false', 'nil', 'case', 'switch', 'if', 'else', 'for', 'while', 'repeat', 'return', 'break', 'continue', 'protocol', 'extension', 'import', 'func', 'init', 'deinit', 'where', 'throw', 'throws', 'try', 'catch', 'do', 'guard', 'defer', 'operator', 'subscript', 'typealias', 'associatedtype', 'fallthrough', 'rethrows', 'Any', 'Type', 'open', 'fileprivate']);

/** ["color","action","primary","background"] → "actionPrimaryBackground" (first segment dropped by the caller). */
export function swiftName(segments) {
  const words = segments.flatMap((s) => s.split('-'));
  const name = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  const safe = /^[0-9]/.test(name) ? `_${name}` : name;
  return SWIFT_KEYWORDS.has(safe) ? `\`${safe}\`` : safe;
}

const num = (n) => {
  const s = String(+Number(n).toFixed(4));
  return s.includes('.') || s.includes('e') ? s : `${s}`;
};
const float = (n) => (Number.isInteger(+num(n)) ? `${num(n)}.0` : num(n));
const rgba = (c) => `red: ${float(c.r * 255)} / 255.0, green: ${float(c.g * 255)} / 255.0, blue: ${float(c.b * 255)} / 255.0, alpha: ${float(c.a)}`;
const str = (s) => JSON.stringify(s);

const WEIGHTS = { 100: 'ultraLight', 200: 'thin', 300: 'light', 400: 'regular', 500: 'medium', 600: 'semibold', 700: 'bold', 800: 'heavy', 900: 'black' };

export function formatSwift({ brand, semantic }, header) {
  const by = (pred) => brand.filter(pred);
  const seg = (t, n) => t.segments.slice(n);
  const doc = (t, indent) => `${indent}/// ${t.description.replace(/\s+/g, ' ')}\n`;

  const brandColours = by((t) => t.type === 'color');
  const dimensions = by((t) => t.type === 'dimension');
  const numbers = by((t) => t.type === 'number' && t.segments[0] !== 'z-index');
  const zIndex = by((t) => t.segments[0] === 'z-index');
  const weights = by((t) => t.type === 'fontWeight');
  const durations = by((t) => t.type === 'duration');
  const easings = by((t) => t.type === 'cubicBezier');
  const families = by((t) => t.type === 'fontFamily');
  const typography = by((t) => t.type === 'typography');
  const shadows = by((t) => t.type === 'shadow');

  const brandColourName = (path) => swiftName(path.split('.').slice(1));
  const uiColours = [
    ...brandColours.map((t) => `${doc(t, '        ')}        public static let ${swiftName(seg(t, 1))} = UIColor(${rgba(t.native)})`),
    ...semantic.map((t) => {
      const light = t.ref ? `Colors.${brandColourName(t.ref)}` : `UIColor(${rgba(t.native)})`;
      const dark = t.dark.ref ? `Colors.${brandColourName(t.dark.ref)}` : `UIColor(${rgba(t.dark.native)})`;
      return `${doc(t, '        ')}        public static let ${swiftName(seg(t, 1))} = UIColor { $0.userInterfaceStyle == .dark ? ${dark} : ${light} }`;
    }),
  ];
  const colourNames = [...brandColours, ...semantic].map((t) => swiftName(seg(t, 1)));

  return `${header.replace(/^\/\*\s?/, '// ').replace(/\s?\*\/$/, '')}
// 1px in the token source = 1pt on iOS.

import CoreGraphics
import Foundation
#if canImport(UIKit)
import UIKit
#endif
#if canImport(SwiftUI)
import SwiftUI
#endif

public enum GbgTokens {
    /// Dimensions in points: space, sizes, radii, border widths, focus ring, breakpoints, font sizes.
    public enum Size {
${dimensions.map((t) => `${doc(t, '        ')}        public static let ${swiftName(t.segments)}: CGFloat = ${num(t.native)}`).join('\n')}
    }

    /// Unitless numbers: line heights as multipliers of the font size.
    public enum Number {
${numbers.map((t) => `${doc(t, '        ')}        public static let ${swiftName(t.segments)}: CGFloat = ${num(t.native)}`).join('\n')}
    }

    /// Stacking order.
    public enum ZIndex {
${zIndex.map((t) => `${doc(t, '        ')}        public static let ${swiftName(seg(t, 1))}: Int = ${t.native}`).join('\n')}
    }

    /// Font weights on the CSS scale (400 regular … 700 bold).
    public enum FontWeightValue {
${weights.map((t) => `${doc(t, '        ')}        public static let ${swiftName(seg(t, 2))}: CGFloat = ${t.native}`).join('\n')}
    }

    /// Named font families in order of preference (CSS generic families removed).
    public enum FontFamily {
${families.map((t) => `${doc(t, '        ')}        public static let ${swiftName(seg(t, 2))}: [String] = [${t.native.map(str).join(', ')}]`).join('\n')}
    }

    /// Durations in seconds.
    public enum Duration {
${durations.map((t) => `${doc(t, '        ')}        public static let ${swiftName(seg(t, 2))}: TimeInterval = ${num(t.native)}`).join('\n')}
    }

    /// Cubic Bézier control points (x1, y1, x2, y2).
    public enum Easing {
${easings.map((t) => `${doc(t, '        ')}        public static let ${swiftName(seg(t, 2))}: (CGFloat, CGFloat, CGFloat, CGFloat) = (${t.native.map(num).join(', ')})`).join('\n')}
    }

    public struct TextStyle {
        public let fontFamily: [String]
        /// Points.
        public let fontSize: CGFloat
        /// CSS scale, 100–900.
        public let fontWeight: CGFloat
        /// Multiplier of fontSize.
        public let lineHeight: CGFloat
        /// Points.
        public let letterSpacing: CGFloat
    }

    /// Text styles (composite typography tokens).
    public enum Typography {
${typography.map((t) => { const v = t.native; return `${doc(t, '        ')}        public static let ${swiftName(seg(t, 1))} = TextStyle(fontFamily: [${v.fontFamily.map(str).join(', ')}], fontSize: ${num(v.fontSize)}, fontWeight: ${v.fontWeight}, lineHeight: ${num(v.lineHeight)}, letterSpacing: ${num(v.letterSpacing)})`; }).join('\n')}
    }

    public struct ShadowStyle {
        /// Colour as red, green, blue, alpha in 0…1.
        public let color: (red: CGFloat, green: CGFloat, blue: CGFloat, alpha: CGFloat)
        public let offsetX: CGFloat
        public let offsetY: CGFloat
        public let blur: CGFloat
        public let spread: CGFloat
    }

    /// Elevation shadows.
    public enum Shadow {
${shadows.map((t) => { const v = t.native; return `${doc(t, '        ')}        public static let ${swiftName(seg(t, 1))} = ShadowStyle(color: (${num(v.color.r)}, ${num(v.color.g)}, ${num(v.color.b)}, ${num(v.color.a)}), offsetX: ${num(v.offsetX)}, offsetY: ${num(v.offsetY)}, blur: ${num(v.blur)}, spread: ${num(v.spread)})`; }).join('\n')}
    }
}

// Dynamic (trait-based) UIColor does not exist on watchOS.
#if canImport(UIKit) && !os(watchOS)
public extension GbgTokens {
    /// Brand colours and semantic colours; semantic colours follow the light/dark trait.
    enum Colors {
${uiColours.join('\n')}
    }

    /// Font weights as UIFont.Weight.
    enum FontWeight {
${weights.map((t) => `        public static let ${swiftName(seg(t, 2))}: UIFont.Weight = .${WEIGHTS[t.native] ?? 'regular'}`).join('\n')}
    }
}

#if canImport(SwiftUI)
@available(iOS 15.0, tvOS 15.0, *)
public extension GbgTokens {
    /// The same colours as SwiftUI Color.
    enum SwiftUIColors {
${colourNames.map((n) => `        public static let ${n} = SwiftUI.Color(uiColor: Colors.${n})`).join('\n')}
    }
}
#endif
#endif
`;
}

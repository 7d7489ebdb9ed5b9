// canvas2svg ships no types: a CanvasRenderingContext2D look-alike that records drawing as SVG.
declare module 'canvas2svg' {
  class C2S {
    constructor(width: number, height: number);
    getSerializedSvg(fixNamedEntities?: boolean): string;
  }
  export default C2S;
}

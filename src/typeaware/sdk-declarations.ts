import { ts } from 'ts-morph';

/**
 * Which declarations belong to the Genesys Cloud SDK: those in a declaration file that
 * declares an SDK module (`declare module '@genesyscloud/genesyscloud' { ... }`, as the
 * published `purecloud-platform-client-v2` typings and a project's own typings do), or in
 * the SDK's package folder. A type is the SDK's only when its declaration is there, so a
 * class of the project that happens to be called `ApiClient` is not.
 */
export class SdkDeclarations {
  private readonly verdicts = new Map<ts.SourceFile, boolean>();

  constructor(private readonly sdkModules: readonly string[]) {}

  isSdkFile(file: ts.SourceFile): boolean {
    let verdict = this.verdicts.get(file);
    if (verdict === undefined) {
      verdict = this.isInSdkPackage(file.fileName) || this.declaresSdkModule(file);
      this.verdicts.set(file, verdict);
    }
    return verdict;
  }

  isSdkDeclaration(declaration: ts.Node): boolean {
    return this.isSdkFile(declaration.getSourceFile());
  }

  private isInSdkPackage(fileName: string): boolean {
    const normalized = fileName.replace(/\\/g, '/');
    return this.sdkModules.some((name) => normalized.includes(`/node_modules/${name}/`));
  }

  private declaresSdkModule(file: ts.SourceFile): boolean {
    if (!file.isDeclarationFile) return false;
    return file.statements.some(
      (statement) =>
        ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name) && this.sdkModules.includes(statement.name.text),
    );
  }
}

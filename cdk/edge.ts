// CloudFront in front of the HTTP API: HTTPS only, compressed, and caching
// exactly what the API marks cacheable (briefings and GraphQL GETs send
// Cache-Control and an ETag). POSTs and preflights pass through uncached.
// Optionally a WAF web ACL that blocks an IP sending too many requests.
import { Aws, CfnRule, Duration, Fn, Stack, Validations } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  CachedMethods,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Construct } from "constructs";
import { RateLimitedWebAcl } from "./web-acl.ts";

/** The query parameters of GraphQL over HTTP's GET. */
export const GRAPHQL_GET_PARAMETERS = ["query", "variables", "operationName", "extensions"];

export interface EdgeProps {
  api: HttpApi;
  /** Create a web ACL with a per-IP rate rule (the stack must then be deployed in us-east-1). */
  waf: boolean;
  wafRateLimit: number;
  /** Attach this existing CloudFront web ACL instead. */
  webAclArn?: string;
}

export class Edge extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: EdgeProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const origin = new HttpOrigin(`${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    // TTLs come from the origin's Cache-Control (max-age, stale-while-revalidate);
    // without one nothing is kept longer than it takes to revalidate it by ETag.
    // Accept and Origin are in the key because answers differ by them (media
    // type; Access-Control-Allow-Origin names the origin when origins are listed).
    // Response headers (Access-Control-*, ETag, Cache-Control, Vary) pass through
    // as the origin sent them: no response headers policy rewrites them.
    const cachePolicy = (name: string, queryStrings: CacheQueryStringBehavior) =>
      new CachePolicy(this, `${name}Cache`, {
        comment: `${name}: as long as the API's Cache-Control allows, at most a day`,
        defaultTtl: Duration.seconds(0),
        minTtl: Duration.seconds(0),
        maxTtl: Duration.days(1),
        queryStringBehavior: queryStrings,
        headerBehavior: CacheHeaderBehavior.allowList("accept", "origin"),
        cookieBehavior: CacheCookieBehavior.none(),
        enableAcceptEncodingGzip: true,
        enableAcceptEncodingBrotli: true,
      });
    const common = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      compress: true,
      // Everything the viewer sent but Host, which API Gateway needs to be its own:
      // Origin and the preflight's Access-Control-Request-* headers included.
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    const webAclArn = props.webAclArn ?? (props.waf ? new RateLimitedWebAcl(this, "WebAcl", { limit: props.wafRateLimit }).arn : undefined);
    this.distribution = new Distribution(this, "Distribution", {
      comment: "Central Asia–Japan knowledge base: GraphQL and briefings",
      defaultBehavior: {
        ...common,
        // POST reaches the API; only GET and HEAD answers are ever cached.
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        // GraphQL over GET's parameters, APQ's hash among the extensions; any other
        // parameter changes no answer, so it must not split (or bust) the cache.
        cachePolicy: cachePolicy("GraphQL", CacheQueryStringBehavior.allowList(...GRAPHQL_GET_PARAMETERS)),
      },
      additionalBehaviors: {
        "/briefings/*": {
          ...common,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: cachePolicy("Briefings", CacheQueryStringBehavior.none()),
        },
      },
      // North America, Europe, Asia (Japan included), Middle East and Africa.
      priceClass: PriceClass.PRICE_CLASS_200,
      httpVersion: HttpVersion.HTTP2_AND_3,
      ...(webAclArn ? { webAclId: webAclArn } : {}),
    });
    if (props.waf && !props.webAclArn) {
      // CloudFront's web ACLs live in us-east-1; elsewhere the deploy would fail late, so fail it first.
      new CfnRule(this, "WafNeedsUsEast1", {
        assertions: [
          {
            assert: Fn.conditionEquals(Aws.REGION, "us-east-1"),
            assertDescription: "waf=true creates a CloudFront web ACL, which must be made in us-east-1: deploy this stack there, or create the ACL in us-east-1 and pass -c webAclArn=<its ARN>.",
          },
        ],
      });
    }
    Validations.of(this.distribution).acknowledge(
      { id: "AwsSolutions-CFR1", reason: "A public knowledge base about Central Asia and Japan is meant for every country; no geo restriction." },
      { id: "AwsSolutions-CFR3", reason: "Every request that reaches the API is in its access log; CloudFront standard logs would add an S3 bucket and cost for cache hits only." },
      { id: "AwsSolutions-CFR4", reason: "The distribution uses CloudFront's default *.cloudfront.net certificate, whose viewer TLS policy CloudFront fixes; a custom domain and certificate would allow TLSv1.2_2021." },
      ...(webAclArn
        ? []
        : [{ id: "AwsSolutions-CFR2", reason: "WAF is optional (-c waf=true, about $6 a month plus $0.60 per million requests): throttling, the cache and the budget bound abuse without it." }]),
    );
  }

  /** The distribution's base URL, without a trailing slash. */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}

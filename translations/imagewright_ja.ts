<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AkSkAuth</name>
    <message>
        <source>AK/SK signing is limited to 12 MB per request; use a password or application-credential profile, or the IMS OBS method.</source>
        <translation>AK/SK 署名は1リクエストあたり12 MBまでです。パスワードまたはアプリケーション認証情報のプロファイルか、IMSのOBS方式を使用してください。</translation>
    </message>
    <message>
        <source>no secret key is stored for this profile</source>
        <translation>このプロファイルのシークレットキーは保存されていません</translation>
    </message>
    <message>
        <source>the profile has no access key (AK)</source>
        <translation>プロファイルにアクセスキー（AK）がありません</translation>
    </message>
    <message>
        <source>no security token is stored for this temporary access key</source>
        <translation>この一時アクセスキーのセキュリティトークンは保存されていません</translation>
    </message>
    <message>
        <source>the identity service knows no project named &quot;%1&quot;</source>
        <extracomment>%1 = a project name such as &quot;cn-north-4&quot;</extracomment>
        <translation>認証サービスに「%1」という名前のプロジェクトはありません</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the cloud. Check the address and your network.</source>
        <translation>クラウドに接続できませんでした。アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The connection was lost before the cloud answered. The request may or may not have been carried out.</source>
        <translation>クラウドが応答する前に接続が切断されました。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time. The request may or may not have been carried out.</source>
        <translation>クラウドが時間内に応答しませんでした。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>User, password or project not accepted.</source>
        <translation>ユーザー、パスワード、またはプロジェクトが受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The cloud redirected the request; redirects are not followed for API calls.</source>
        <translation>クラウドがリクエストをリダイレクトしました。API呼び出しではリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The cloud sent an answer that could not be understood.</source>
        <translation>クラウドから解釈できない応答が返されました。</translation>
    </message>
    <message>
        <source>The cloud profile is incomplete: %1</source>
        <translation>クラウドプロファイルが不完全です: %1</translation>
    </message>
    <message>
        <source>You do not have the rights to perform this operation (HTTP 403).</source>
        <translation>この操作を実行する権限がありません（HTTP 403）。</translation>
    </message>
    <message>
        <source>The requested resource was not found (HTTP 404).</source>
        <translation>要求されたリソースが見つかりませんでした（HTTP 404）。</translation>
    </message>
    <message>
        <source>The cloud refused the request because of a conflict (HTTP 409).</source>
        <translation>競合のため、クラウドがリクエストを拒否しました（HTTP 409）。</translation>
    </message>
    <message>
        <source>The cloud is limiting requests (HTTP 429). Try again later.</source>
        <translation>クラウドがリクエストを制限しています（HTTP 429）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The cloud reported an internal error (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>クラウドで内部エラーが発生しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The cloud refused the request (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>クラウドがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s error code, %3 = the cloud&apos;s message</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s own message, verbatim</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The secure connection failed: the cloud&apos;s certificate was not accepted.</source>
        <translation>安全な接続に失敗しました: クラウドの証明書が受け入れられませんでした。</translation>
    </message>
    <message>
        <source>A file on this computer cannot be read: %1</source>
        <extracomment>%1 = which file and the file system&apos;s message</extracomment>
        <translation>このコンピューター上のファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The job history on this computer cannot be written: %1</source>
        <extracomment>%1 = the file system&apos;s message</extracomment>
        <translation>このコンピューターのジョブ履歴に書き込めません: %1</translation>
    </message>
    <message>
        <source>The proxy refused the request: its user name and password are missing or not accepted (HTTP 407). Check the credentials in the proxy address (https_proxy, http_proxy or the profile&apos;s proxy).</source>
        <translation>プロキシがリクエストを拒否しました: ユーザー名とパスワードがないか、受け付けられませんでした (HTTP 407)。プロキシのアドレス (https_proxy、http_proxy またはプロファイルのプロキシ) の認証情報を確認してください。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creates private server images on Huawei Cloud IMS and OpenStack and follows their jobs to the end.</source>
        <translation>Huawei Cloud IMSとOpenStackで仮想サーバのプライベートイメージを作成し、そのジョブを完了まで監視します。</translation>
    </message>
    <message>
        <source>User interface language for this run: %1.</source>
        <extracomment>Command line help. %1 = the language codes</extracomment>
        <translation>今回の起動で使用する表示言語: %1。</translation>
    </message>
    <message>
        <source>language</source>
        <comment>command line value name</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Render a view offscreen against the demo cloud, save it as a PNG file and exit.</source>
        <translation>デモクラウドを使ってビューをオフスクリーンで描画し、PNGファイルに保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command line value name</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <extracomment>Command line help. %1 = the view names</extracomment>
        <translation>表示するビュー: %1。</translation>
    </message>
    <message>
        <source>view</source>
        <comment>command line value name</comment>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of language codes</extracomment>
        <translation>不明な言語「%1」です。使用可能な言語: %2</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of views</extracomment>
        <translation>不明なビュー「%1」です。使用可能なビュー: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshotにはファイル名が必要です。</translation>
    </message>
    <message>
        <source>Colours for this run: light (the system&apos;s) or dark.</source>
        <translation>この実行での配色: light（システムの配色）または dark。</translation>
    </message>
    <message>
        <source>palette</source>
        <comment>command line value name</comment>
        <translation>配色</translation>
    </message>
    <message>
        <source>Unknown palette “%1”. Available: light, dark</source>
        <translation>不明な配色「%1」。使用可能: light、dark</translation>
    </message>
</context>
<context>
    <name>BodyReader</name>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>「%1」は文字列で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>「%1」は整数で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <extracomment>%1 = a field of the request body; true and false are JSON words, not translated</extracomment>
        <translation>「%1」はtrueまたはfalseで指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of objects.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>「%1」はオブジェクトのリストで指定してください。</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; must be an object.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>「%1」の各要素はオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>タグはtagsとimage_tagsのどちらか一方で指定してください（両方は指定できません）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>「%1」はリストで指定してください。</translation>
    </message>
</context>
<context>
    <name>CinderPage</name>
    <message>
        <source>The block storage service copies the volume into a new image. The volume is “uploading” meanwhile and goes back to its status when the image is done.</source>
        <translation>ブロックストレージサービスがボリュームを新しいイメージにコピーします。その間ボリュームは「uploading」となり、イメージの作成が完了すると元の状態に戻ります。</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>名前(&amp;E):</translation>
    </message>
    <message>
        <source>1–%1 characters</source>
        <extracomment>%1 = the limit (255)</extracomment>
        <translation>1～%1 文字</translation>
    </message>
    <message>
        <source>&amp;Disk format:</source>
        <translation>ディスク形式(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;ontainer format:</source>
        <translation>コンテナー形式(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>可視性(&amp;V):</translation>
    </message>
    <message>
        <source>private (default)</source>
        <comment>image visibility</comment>
        <translation>private（既定）</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted until unprotected)</source>
        <translation>保護(&amp;P)（保護を解除するまで削除できません）</translation>
    </message>
    <message>
        <source>For&amp;ce: upload although the volume is attached</source>
        <translation>強制(&amp;C): ボリュームが取り付けられていてもアップロードする</translation>
    </message>
    <message>
        <source>With force, the volume can be made into an image although it is attached to a server. Stop the OS first. A cloud may ignore force (it is an operator setting); then it refuses the request.</source>
        <translation>Trueを指定した場合、ボリュームが仮想サーバに取り付けられていても、イメージを作成することができます。本パラメーターを指定する場合、事前に、OSを停止してください。クラウドによっては force が無視され（運用者の設定です）、その場合リクエストは拒否されます。</translation>
    </message>
    <message>
        <source>Before you make the image:</source>
        <translation>イメージを作成する前に:</translation>
    </message>
    <message>
        <source>• CentOS, Ubuntu or Red Hat Enterprise Linux: there is work to do before the image is made. If the settings remain in the image, servers created from it cannot communicate over the network.</source>
        <translation>• CentOS、Ubuntu、またはRed Hat Enterprise LinuxをOSとする仮想サーバイメージを作成する場合、イメージの作成前に実施する作業があります。設定がイメージ内に残っていると、そのイメージから作成した仮想サーバとのネットワーク通信ができなくなります。</translation>
    </message>
    <message>
        <source>• Windows: run Sysprep on the server before the image is made. Afterwards, restore the server&apos;s snapshot and restart the server.</source>
        <translation>• Windowsの場合: イメージを作成する前に、Windows仮想サーバ上でSysprep作業を実施してください。イメージ化を実施したあと、仮想サーバに対してスナップショットのリストアおよび仮想サーバの再起動を実施します。</translation>
    </message>
    <message>
        <source>• If /etc/cloud/cloud.cfg does not have the following setting, create /etc/cloud/cloud.cfg.d/datasource.cfg and add it: datasource_list: [&apos;OpenStack&apos;]</source>
        <translation>• 「/etc/cloud/cloud.cfg」に以下の設定がない場合は、「/etc/cloud/cloud.cfg.d/datasource.cfg」を作成して追加してください: datasource_list: [&apos;OpenStack&apos;]</translation>
    </message>
    <message>
        <source>• Before you use the image, check that it exists, that its status is active and that it has no sync_status_reason. If it has one, delete the image and create it again. Imagewright checks this when the job ends.</source>
        <translation>• イメージを使用する前に、イメージが存在すること、イメージの状態（status）がactiveであること、イメージのsync_status_reasonが存在しないことを確認してください。エラー発生時は、イメージを削除したのち、再度イメージの作成を実施してください。Imagewrightはジョブの終了時にこれを確認します。</translation>
    </message>
    <message>
        <source>• No marker can be added to this request: if the cloud&apos;s answer is lost, Imagewright finds the image by the volume, the image name and the time.</source>
        <translation>• このリクエストにはマーカーを追加できません。クラウドの応答が失われた場合、Imagewrightはボリューム、イメージ名、時刻からイメージを探します。</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>group box title: the volume the image is made from</comment>
        <translation>ボリューム</translation>
    </message>
</context>
<context>
    <name>CinderUploadRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>イメージの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters; this one has %2.</source>
        <extracomment>%1 = the limit (255), %2 = the name&apos;s length</extracomment>
        <translation>名前は最大 %1 文字です。この名前は %2 文字です。</translation>
    </message>
    <message>
        <source>Choose the volume to make the image from.</source>
        <translation>イメージの作成元のボリュームを選択してください。</translation>
    </message>
    <message>
        <source>The block storage service uploads only an available volume, or an in-use one with force; this volume is %1.</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (error, uploading, ...)</extracomment>
        <translation>ブロックストレージサービスがアップロードできるのは available のボリューム、または force を指定した in-use のボリュームだけです。このボリュームは %1 です。</translation>
    </message>
    <message>
        <source>Force is only for a volume that is attached to a server (in-use).</source>
        <translation>force は仮想サーバに取り付けられた（in-use の）ボリュームにのみ指定します。</translation>
    </message>
    <message>
        <source>The volume is attached to a server (in-use): the block storage service uploads it only with force. Stop the OS first.</source>
        <translation>ボリュームが仮想サーバに取り付けられています（in-use）。ブロックストレージサービスは force を指定した場合にのみアップロードします。事前に、OSを停止してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>「%1」は次のいずれでもありません: %2。</translation>
    </message>
    <message>
        <source>FJcloud-O takes only %1 &quot;%2&quot;.</source>
        <extracomment>%1 = the field (disk_format or container_format), %2 = the only value allowed</extracomment>
        <translation>FJcloud-O では %1 に「%2」のみ指定できます。</translation>
    </message>
    <message>
        <source>This cloud&apos;s block storage API does not offer %1 (it needs microversion 3.1).</source>
        <extracomment>%1 = the field (visibility or protected)</extracomment>
        <translation>このクラウドのブロックストレージAPIは %1 に対応していません（マイクロバージョン 3.1 が必要です）。</translation>
    </message>
    <message>
        <source>The body must be {&quot;os-volume_upload_image&quot;: {&quot;image_name&quot;: ..., ...}}.</source>
        <translation>ボディは {&quot;os-volume_upload_image&quot;: {&quot;image_name&quot;: ..., ...}} の形式にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a field name</extracomment>
        <translation>「%1」は文字列にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <extracomment>%1 = a field name</extracomment>
        <translation>「%1」は true または false にしてください。</translation>
    </message>
</context>
<context>
    <name>CloudPresets</name>
    <message>
        <source>Enter the identity service URL.</source>
        <translation>認証サービスのURLを入力してください。</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example https://iam.eu-de.otc.t-systems.com/v3.</source>
        <translation>https://で始まるWebアドレスを入力してください（例: https://iam.eu-de.otc.t-systems.com/v3）。</translation>
    </message>
    <message>
        <source>The identity URL must end with /v3 (Keystone version 3).</source>
        <translation>認証URLの末尾は/v3にしてください（Keystone v3）。</translation>
    </message>
    <message>
        <source>The identity URL must not have a query (?) or fragment (#) part.</source>
        <translation>認証URLにはクエリ（?）やフラグメント（#）を含めないでください。</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the URL; use the fields below.</source>
        <translation>URLにユーザー名やパスワードを含めないでください。下の各欄に入力してください。</translation>
    </message>
    <message>
        <source>This address uses plain http: the password would travel unencrypted. Use https unless the cloud is on this computer.</source>
        <translation>このアドレスは暗号化されないhttpを使用しているため、パスワードが暗号化されずに送信されます。クラウドがこのコンピューター上にある場合を除き、httpsを使用してください。</translation>
    </message>
    <message>
        <source>Enter a service type, for example compute or volumev3.</source>
        <translation>サービスタイプを入力してください（例: compute、volumev3）。</translation>
    </message>
    <message>
        <source>A service type has no spaces, for example volumev3.</source>
        <translation>サービスタイプに空白は使えません（例: volumev3）。</translation>
    </message>
    <message>
        <source>This service type already has an override.</source>
        <translation>このサービスタイプには既に上書きがあります。</translation>
    </message>
    <message>
        <source>Enter the endpoint URL to use for this service.</source>
        <translation>このサービスで使用するエンドポイントURLを入力してください。</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example https://ims.eu-de.otc.t-systems.com.</source>
        <translation>https:// で始まるアドレスを入力してください（例: https://ims.eu-de.otc.t-systems.com）。</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>Demo cloud (local)</source>
        <translation>デモクラウド（ローカル）</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Open Telekom Cloud</source>
        <translation>Open Telekom Cloud</translation>
    </message>
    <message>
        <source>FUJITSU FJcloud-O</source>
        <translation>FUJITSU FJcloud-O</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>アプリケーション認証情報</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>アクセスキー (AK/SK)</translation>
    </message>
</context>
<context>
    <name>CloudsYamlImport</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>%1を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <extracomment>%1 = file name, %2 = line, %3 = column, %4 = the YAML parser&apos;s own message (English)</extracomment>
        <translation>%1は有効なYAMLではありません（%2行目、%3列目）: %4</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; mapping of cloud names to their settings.</source>
        <extracomment>%1 = file name. &quot;clouds:&quot; is the file&apos;s key, not translated</extracomment>
        <translation>%1には、クラウド名と設定を対応付ける「clouds:」がありません。</translation>
    </message>
    <message>
        <source>No clouds.yaml found (searched: %1).</source>
        <extracomment>%1 = the folders searched</extracomment>
        <translation>clouds.yamlが見つかりません（検索した場所: %1）。</translation>
    </message>
    <message>
        <source>OS_CLIENT_CONFIG_FILE names %1, which does not exist; the usual places were searched.</source>
        <extracomment>%1 = the path OS_CLIENT_CONFIG_FILE names</extracomment>
        <translation>OS_CLIENT_CONFIG_FILEが指す%1は存在しないため、通常の場所を検索しました。</translation>
    </message>
    <message>
        <source>OS_CLIENT_SECURE_FILE names %1, which does not exist.</source>
        <extracomment>%1 = the path OS_CLIENT_SECURE_FILE names</extracomment>
        <translation>OS_CLIENT_SECURE_FILEが指す%1は存在しません。</translation>
    </message>
    <message>
        <source>%1 names no clouds.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1にはクラウドが定義されていません。</translation>
    </message>
    <message>
        <source>Its settings are not a mapping of keys to values.</source>
        <translation>設定がキーと値の対応になっていません。</translation>
    </message>
    <message>
        <source>One of the %1 regions this cloud lists; each becomes its own profile.</source>
        <extracomment>%1 = number of regions listed for the cloud</extracomment>
        <translation>このクラウドに記載された%1個のリージョンの1つです。リージョンごとに別のプロファイルになります。</translation>
    </message>
    <message>
        <source>The vendor profile &quot;%1&quot; is not one Imagewright knows, and the file gives no auth_url.</source>
        <extracomment>%1 = the vendor profile&apos;s name (clouds.yaml &quot;profile:&quot;)</extracomment>
        <translation>ベンダープロファイル「%1」はImagewrightが認識できるものではなく、ファイルにauth_urlもありません。</translation>
    </message>
    <message>
        <source>The vendor profile &quot;%1&quot; is not one Imagewright knows: only the settings in the file are imported.</source>
        <translation>ベンダープロファイル「%1」はImagewrightが認識できるものではありません。ファイル内の設定のみをインポートします。</translation>
    </message>
    <message>
        <source>Identity URL from the vendor profile &quot;%1&quot;: %2</source>
        <extracomment>%1 = vendor profile name, %2 = the identity URL</extracomment>
        <translation>ベンダープロファイル「%1」の認証URL: %2</translation>
    </message>
    <message>
        <source>No auth_url: the file does not say where to sign in.</source>
        <translation>auth_urlがありません。ファイルにサインイン先が記載されていません。</translation>
    </message>
    <message>
        <source>Region %1 taken from the identity URL.</source>
        <extracomment>%1 = region</extracomment>
        <translation>リージョン%1は認証URLから取得しました。</translation>
    </message>
    <message>
        <source>No region_name: this cloud needs a region.</source>
        <translation>region_nameがありません。このクラウドにはリージョンが必要です。</translation>
    </message>
    <message>
        <source>identity_api_version %1: Imagewright needs Keystone v3.</source>
        <translation>identity_api_version %1: ImagewrightにはKeystone v3が必要です。</translation>
    </message>
    <message>
        <source>auth_type &quot;%1&quot; is not supported: Imagewright signs in with a password, an application credential or an access key (AK/SK).</source>
        <extracomment>%1 = the auth_type of the file, e.g. v3oidcpassword or token</extracomment>
        <translation>auth_type「%1」には対応していません。Imagewrightはパスワード、アプリケーション認証情報、またはアクセスキー（AK/SK）でサインインします。</translation>
    </message>
    <message>
        <source>It signs in with a token (auth.token): a token expires; Imagewright needs a password, an application credential or an access key.</source>
        <translation>トークン（auth.token）でサインインする設定です。トークンには有効期限があるため、Imagewrightにはパスワード、アプリケーション認証情報、またはアクセスキーが必要です。</translation>
    </message>
    <message>
        <source>A system-scoped sign-in (system_scope) is not supported: Imagewright works in a project.</source>
        <translation>システムスコープのサインイン（system_scope）には対応していません。Imagewrightはプロジェクト内で動作します。</translation>
    </message>
    <message>
        <source>A trust (trust_id) is not supported.</source>
        <translation>トラスト（trust_id）には対応していません。</translation>
    </message>
    <message>
        <source>The user is given by user_id only; Imagewright needs the user name (username).</source>
        <translation>ユーザーがuser_idでのみ指定されています。Imagewrightにはユーザー名（username）が必要です。</translation>
    </message>
    <message>
        <source>%1 %2: domains are given by name in Imagewright; add %3.</source>
        <extracomment>%1 = a key such as user_domain_id, %2 = its value, %3 = e.g. user_domain_name</extracomment>
        <translation>%1 %2: Imagewrightではドメインを名前で指定します。%3を追加してください。</translation>
    </message>
    <message>
        <source>No username.</source>
        <translation>usernameがありません。</translation>
    </message>
    <message>
        <source>No project (project_name or project_id): Imagewright works in a project.</source>
        <translation>プロジェクト（project_nameまたはproject_id）がありません。Imagewrightはプロジェクト内で動作します。</translation>
    </message>
    <message>
        <source>No application_credential_id or application_credential_name.</source>
        <translation>application_credential_idもapplication_credential_nameもありません。</translation>
    </message>
    <message>
        <source>An application credential given by name needs the username of its owner.</source>
        <translation>名前で指定するアプリケーション認証情報には、所有者のusernameが必要です。</translation>
    </message>
    <message>
        <source>The access key (ak/sk) is imported too; the profile signs in with %1.</source>
        <translation>アクセスキー（ak/sk）もインポートします。このプロファイルは%1でサインインします。</translation>
    </message>
    <message>
        <source>No secret in the files: Imagewright asks for it at the first sign-in.</source>
        <translation>ファイルにシークレットがありません。最初のサインイン時にImagewrightが入力を求めます。</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is none of public, internal, admin.</source>
        <extracomment>%1 = the file&apos;s interface value</extracomment>
        <translation>interface「%1」はpublic、internal、adminのいずれでもありません。</translation>
    </message>
    <message>
        <source>TLS certificates are not verified (verify: false): the profile is marked insecure.</source>
        <translation>TLS証明書を検証しない設定です（verify: false）。このプロファイルは安全でない設定として扱われます。</translation>
    </message>
    <message>
        <source>A client certificate (cert, key) is not supported and was left out: if the cloud requires it, signing in fails.</source>
        <translation>クライアント証明書（cert、key）には対応していないため、除外しました。クラウドが必要とする場合、サインインに失敗します。</translation>
    </message>
    <message>
        <source>%1 was left out: placeholders such as %(project_id)s are not supported; enter the full address in the profile editor.</source>
        <extracomment>%1 = the key, e.g. compute_endpoint_override</extracomment>
        <translation>%1は除外しました。%(project_id)sのようなプレースホルダーには対応していません。プロファイルエディターで完全なアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 was left out: it is not an http(s) address.</source>
        <translation>%1は除外しました。http(s)のアドレスではありません。</translation>
    </message>
    <message>
        <source>Left out: %1. Imagewright finds services in the catalog by their standard types and agrees API versions with the cloud itself.</source>
        <extracomment>%1 = keys such as image_api_version, compute_service_name</extracomment>
        <translation>除外した項目: %1。Imagewrightはカタログ内のサービスを標準のタイプで探し、APIバージョンはクラウドと自動で取り決めます。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the value on line %2 holds an alias of itself (a cycle).</source>
        <extracomment>%1 = file name, %2 = line. An alias (*name) and an anchor (&amp;name) are YAML&apos;s words</extracomment>
        <translation>%1を読み取れません: %2行目の値が自分自身のエイリアスを含んでいます（循環）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: its aliases expand to more than %3 values (line %2).</source>
        <extracomment>%1 = file name, %2 = line, %3 = a number of values</extracomment>
        <translation>%1を読み取れません: エイリアスを展開すると値が%3個を超えます（%2行目）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: its values are nested more than %3 levels deep (line %2).</source>
        <extracomment>%1 = file name, %2 = line, %3 = a number of levels</extracomment>
        <translation>%1を読み取れません: 値の入れ子が%3階層を超えています（%2行目）。</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 = seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 = minutes, %2 = seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 = hours, %2 = minutes</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the cloud&apos;s (more than %2). Requests signed with an access key are refused beyond 15 minutes and token times are misjudged: correct the system clock.</source>
        <translation>このコンピューターの時計はクラウドの時計より %1 遅れています（%2 を超えています）。アクセスキーで署名したリクエストは15分を超えると拒否され、トークンの時刻も正しく判断できません: システムの時計を修正してください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the cloud&apos;s (more than %2). Requests signed with an access key are refused beyond 15 minutes and token times are misjudged: correct the system clock.</source>
        <extracomment>%1 = how far ahead, e.g. &quot;12 min 5 s&quot;, %2 = the limit, e.g. &quot;5 min 0 s&quot;</extracomment>
        <translation>このコンピューターの時計はクラウドの時計より %1 進んでいます（%2 を超えています）。アクセスキーで署名したリクエストは15分を超えると拒否され、トークンの時刻も正しく判断できません: システムの時計を修正してください。</translation>
    </message>
    <message>
        <source>User, password or project not accepted. The identity service refused the sign-in (HTTP 401); Keystone answers the same way for wrong credentials and for a project (name, ID or domain) the user cannot use, so check both.</source>
        <translation>ユーザー、パスワード、またはプロジェクトが受け入れられませんでした。認証サービスがサインインを拒否しました（HTTP 401）。Keystone は誤った資格情報にも、ユーザーが使用できないプロジェクト（名前、ID、ドメイン）にも同じように応答するため、両方を確認してください。</translation>
    </message>
    <message>
        <source>%1 The cloud said: %2</source>
        <extracomment>%1 = the sentence above, %2 = the identity service&apos;s own message</extracomment>
        <translation>%1 クラウドからのメッセージ: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2. Check the identity URL, the network, and any proxy or firewall.</source>
        <extracomment>%1 = host[:port], %2 = the system&apos;s reason (host not found, connection refused, ...)</extracomment>
        <translation>%1 に接続できませんでした: %2。認証URL、ネットワーク、プロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>The identity service at %1 did not answer. Check the identity URL, the network, and any proxy or firewall.</source>
        <extracomment>%1 = host[:port]</extracomment>
        <translation>%1 の認証サービスが応答しませんでした。認証URL、ネットワーク、プロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the cloud uses a private certificate authority, choose its CA bundle file under the profile&apos;s certificate checks.</source>
        <extracomment>%1 = host[:port], %2 = why (e.g. &quot;The certificate is self-signed, and untrusted (certificate “x”, SHA-256 fingerprint AB:…)&quot;)</extracomment>
        <translation>%1 への安全な接続に失敗しました: %2。クラウドがプライベート認証局を使用している場合は、プロファイルの証明書のチェックでそのCAバンドルファイルを選択してください。</translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation>証明書が受け入れられませんでした</translation>
    </message>
    <message>
        <source>The identity URL %1 answered “not found” (HTTP 404): check that it is the Keystone (IAM) address ending with /v3.</source>
        <extracomment>%1 = the identity URL</extracomment>
        <translation>認証URL %1 は「見つかりません」（HTTP 404）と応答しました: /v3 で終わる Keystone（IAM）のアドレスであることを確認してください。</translation>
    </message>
</context>
<context>
    <name>CreateImageWizard</name>
    <message>
        <source>Create Image</source>
        <translation>イメージを作成</translation>
    </message>
</context>
<context>
    <name>CreationMethods</name>
    <message>
        <source>System disk image from an ECS</source>
        <translation>ECSからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>ECSのデータディスクからデータディスクイメージを作成</translation>
    </message>
    <message>
        <source>Image from an external image file in an OBS bucket</source>
        <translation>OBSバケットの外部イメージファイルからイメージを作成</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>データディスクからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>Image of a server (Nova createImage)</source>
        <translation>仮想サーバのイメージを作成（Nova createImage）</translation>
    </message>
    <message>
        <source>Image from a volume (Cinder upload to image)</source>
        <translation>ボリュームからイメージを作成（Cinder: イメージへのアップロード）</translation>
    </message>
    <message>
        <source>Create image metadata and upload an image file (Glance)</source>
        <translation>Glanceでイメージを作成（イメージメタデータを作成し、イメージファイルをアップロード）</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Stop the ECS first for a consistent image.</source>
        <translation>IMSがECSのシステムディスクからプライベートイメージを作成します。整合性のあるイメージにするため、先にECSを停止してください。</translation>
    </message>
    <message>
        <source>IMS makes one data disk image from each selected data disk of an ECS.</source>
        <translation>IMSがECSの選択した各データディスクから、データディスクイメージを1つずつ作成します。</translation>
    </message>
    <message>
        <source>IMS imports an external image file that you uploaded to an OBS bucket.</source>
        <translation>IMSが、OBSバケットにアップロード済みの外部イメージファイルをインポートします。</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from a data disk that holds an installed OS.</source>
        <translation>IMSが、OSがインストールされたデータディスクからシステムディスクイメージを作成します。</translation>
    </message>
    <message>
        <source>The compute service snapshots a server into a new image.</source>
        <translation>コンピュートサービスが仮想サーバのスナップショットを取得し、新しいイメージを作成します。</translation>
    </message>
    <message>
        <source>The block storage service copies a volume into a new image.</source>
        <translation>ブロックストレージサービスがボリュームを新しいイメージにコピーします。</translation>
    </message>
    <message>
        <source>Creates the image metadata, then uploads a local image file.</source>
        <translation>イメージメタデータを作成してから、ローカルのイメージファイルをアップロードします。</translation>
    </message>
    <message>
        <source>Image from a local file (via OBS)</source>
        <translation>ローカルファイルからイメージを作成 (OBS 経由)</translation>
    </message>
    <message>
        <source>Uploads a local image file to an OBS bucket (resumable), then IMS imports it.</source>
        <translation>ローカルのイメージファイルを OBSバケット にアップロードし (再開可能)、IMS がそれをインポートします。</translation>
    </message>
</context>
<context>
    <name>DemoCloudLauncher</name>
    <message>
        <source>The demo cloud could not be started (%1).</source>
        <extracomment>%1 = path of the demo cloud program</extracomment>
        <translation>デモクラウドを起動できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The demo cloud did not start in time.</source>
        <translation>デモクラウドが時間内に起動しませんでした。</translation>
    </message>
    <message>
        <source>The demo cloud printed an unexpected first line.</source>
        <translation>デモクラウドが予期しない最初の行を出力しました。</translation>
    </message>
    <message>
        <source>The demo cloud stopped unexpectedly.</source>
        <translation>デモクラウドが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The demo cloud could not start (exit code %1).</source>
        <extracomment>%1 = exit code</extracomment>
        <translation>デモクラウドを起動できませんでした（終了コード%1）。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Imagewright</source>
        <translation>Imagewrightへようこそ</translation>
    </message>
    <message>
        <source>There is no cloud profile yet. The demo cloud runs on this computer and answers like Huawei Cloud IMS and OpenStack Nova, Cinder and Glance. It makes no real images and needs no account.</source>
        <translation>クラウドプロファイルはまだありません。デモクラウドはこのコンピューター上で動作し、Huawei Cloud IMSおよびOpenStackのNova、Cinder、Glanceと同じように応答します。実際のイメージは作成されず、アカウントも不要です。</translation>
    </message>
    <message>
        <source>Demo cloud (local)</source>
        <translation>デモクラウド（ローカル）</translation>
    </message>
    <message>
        <source>Start the bundled demo cloud and try every step with it.</source>
        <translation>同梱のデモクラウドを起動して、すべての手順を試します。</translation>
    </message>
    <message>
        <source>Profiles for real clouds (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) come with the profile editor.</source>
        <translation>実際のクラウド（Huawei Cloud、Open Telekom Cloud、FJcloud-O、OpenStack）のプロファイルは、プロファイルエディターの提供後に作成できるようになります。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Add a Cloud Profile…</source>
        <translation>クラウドプロファイルを追加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>GlanceCreateRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>イメージの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>名前は最大 %1 文字です (現在 %2)。</translation>
    </message>
    <message>
        <source>The name may not start or end with a space.</source>
        <translation>名前の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>The name may not contain control characters such as tabs or line breaks.</source>
        <translation>名前にタブや改行などの制御文字は使えません。</translation>
    </message>
    <message>
        <source>Write the tag &quot;%1&quot; as key=value, e.g. &quot;tagkey=tagvalue&quot;.</source>
        <extracomment>%1 = the tag as typed; key=value is the document&apos;s form, keep it untranslated</extracomment>
        <translation>タグ &quot;%1&quot; は key=value の形で書いてください (例: &quot;tagkey=tagvalue&quot;)。</translation>
    </message>
    <message>
        <source>Choose the disk format of the image file.</source>
        <translation>イメージファイルのディスク形式を選んでください。</translation>
    </message>
    <message>
        <source>The disk format &quot;%1&quot; is not accepted here. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>ディスク形式 &quot;%1&quot; はここでは使えません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Choose the container format.</source>
        <translation>コンテナー形式を選んでください。</translation>
    </message>
    <message>
        <source>The container format &quot;%1&quot; is not accepted here. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>コンテナー形式 &quot;%1&quot; はここでは使えません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>The minimum disk must be %1 to %2 GB (now %3): the smallest disk, in GB, a server needs to boot this image.</source>
        <extracomment>%1, %2 = the range in GB; %3 = the value given</extracomment>
        <translation>最小ディスクは %1～%2 GB で指定してください (現在 %3)。サーバがこのイメージから起動するために必要なディスクの最小容量 (GB) です。</translation>
    </message>
    <message>
        <source>The minimum disk cannot be negative.</source>
        <translation>最小ディスクに負の値は使えません。</translation>
    </message>
    <message>
        <source>The minimum memory cannot be negative.</source>
        <translation>最小メモリに負の値は使えません。</translation>
    </message>
    <message>
        <source>Image metadata can only be created with the visibility &quot;private&quot;.</source>
        <translation>イメージメタデータは可視性 &quot;private&quot; でのみ作成できます。</translation>
    </message>
    <message>
        <source>The visibility &quot;%1&quot; is not accepted. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>可視性 &quot;%1&quot; は使えません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Enter the tag or remove the empty one.</source>
        <translation>タグを入力するか、空のタグを削除してください。</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグは最大 %1 文字です。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is given twice.</source>
        <translation>タグ &quot;%1&quot; が 2 回指定されています。</translation>
    </message>
    <message>
        <source>The OS version can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>OSバージョンは最大 %1 文字です。</translation>
    </message>
    <message>
        <source>The OS version may not start or end with a space or contain control characters.</source>
        <translation>OSバージョンの先頭と末尾に空白は使えず、制御文字も使えません。</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a UUID such as 4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86, or be left out (Imagewright then chooses one).</source>
        <translation>&quot;id&quot; は 4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86 のような UUID にするか、省略してください (省略すると Imagewright が選びます)。</translation>
    </message>
    <message>
        <source>No OS version is set, so the cloud uses &quot;%1&quot;. Then it is not guaranteed that servers can be created from this image or work normally.</source>
        <extracomment>%1 = the default OS version, &quot;Other Linux (64 bit)&quot; (seed 003; keep it untranslated)</extracomment>
        <translation>OSバージョンが未設定のため、クラウドは &quot;%1&quot; を使います。この場合、このイメージから仮想サーバを作成できること、また作成した仮想サーバが正常に使えることは保証されません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a JSON key</extracomment>
        <translation>&quot;%1&quot; はテキストにしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <extracomment>%1 = a JSON key</extracomment>
        <translation>&quot;%1&quot; は整数にしてください。</translation>
    </message>
    <message>
        <source>&quot;protected&quot; must be true or false.</source>
        <translation>&quot;protected&quot; (保護) は true か false にしてください。</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of texts.</source>
        <translation>&quot;tags&quot; (タグ) はテキストのリストにしてください。</translation>
    </message>
    <message>
        <source>A tag must be a text.</source>
        <translation>タグはテキストにしてください。</translation>
    </message>
</context>
<context>
    <name>GlancePage</name>
    <message>
        <source>Choose the Image File</source>
        <translation>イメージファイルを選択</translation>
    </message>
    <message>
        <source>Image files (*.qcow2 *.raw *.vhd *.vhdx *.vmdk *.vdi *.iso *.zvhd2 *.img);;All files (*)</source>
        <translation>イメージファイル (*.qcow2 *.raw *.vhd *.vhdx *.vmdk *.vdi *.iso *.zvhd2 *.img);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The image service creates the image metadata, then Imagewright uploads the local image file to it, checking its digests.</source>
        <translation>イメージサービスがイメージメタデータを作成し、Imagewright がローカルのイメージファイルをダイジェストを確認しながらアップロードします。</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>イメージファイル(&amp;F):</translation>
    </message>
    <message>
        <source>The local image file to upload</source>
        <translation>アップロードするローカルのイメージファイル</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>イメージの名前(&amp;E):</translation>
    </message>
    <message>
        <source>1–%1 characters</source>
        <extracomment>%1 = the limit (255)</extracomment>
        <translation>1～%1 文字</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>OSバージョン(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. CentOS 7.6 64bit; empty: %1</source>
        <extracomment>%1 = the default OS version (keep it untranslated)</extracomment>
        <translation>例: CentOS 7.6 64bit。空の場合: %1</translation>
    </message>
    <message>
        <source>&amp;Disk format:</source>
        <translation>ディスク形式(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Container format:</source>
        <translation>コンテナー形式(&amp;C):</translation>
    </message>
    <message>
        <source>Minimum disk (&amp;GB):</source>
        <translation>最小ディスク (GB)(&amp;G):</translation>
    </message>
    <message>
        <source>Minimum &amp;memory (MB):</source>
        <translation>最小メモリ (MB)(&amp;M):</translation>
    </message>
    <message>
        <source>V&amp;isibility:</source>
        <translation>可視性(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Protected (a protected image cannot be deleted)</source>
        <translation>保護(&amp;P) (保護されたイメージは削除できません)</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Sent as key=value, e.g. &quot;tagkey=tagvalue&quot;. Keys up to 36 characters, values up to 43.</source>
        <translation>key=value の形で送信します (例: &quot;tagkey=tagvalue&quot;)。キーは最大 36 文字、値は最大 43 文字です。</translation>
    </message>
    <message>
        <source>Each row is sent as one tag: the key alone, or key=value when a value is given.</source>
        <translation>各行を 1 つのタグとして送信します: キーのみ、または値がある場合は key=value。</translation>
    </message>
    <message>
        <source>Image states:
• queued: the image metadata is created, waiting for the image file to be uploaded.
• saving: the image file is being uploaded to the back-end storage.
• active: the image can be used normally.
• killed: an error occurred while uploading the image.
• deleted: the image has been deleted.</source>
        <translation>イメージの状態:
• queued: イメージメタデータ作成済み、イメージファイルのアップロード待ち。
• saving: イメージファイルをバックエンドストレージへアップロード中。
• active: イメージは使用可能。
• killed: イメージのアップロードでエラー。
• deleted: イメージは削除済み。</translation>
    </message>
    <message>
        <source>The image file %1 does not exist or cannot be read.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>イメージファイル %1 が存在しないか、読み取れません。</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>イメージファイルが空です。</translation>
    </message>
    <message>
        <source>The file (%1) is uploaded as a whole; Glance has no partial upload, so an interrupted upload starts again from the beginning.</source>
        <extracomment>%1 = file size such as &quot;1.4 GB&quot;</extracomment>
        <translation>ファイル (%1) は一括でアップロードされます。Glance には部分アップロードがないため、中断したアップロードは最初からやり直しになります。</translation>
    </message>
</context>
<context>
    <name>ImageDeleteKind</name>
    <message>
        <source>Delete Image…</source>
        <translation>イメージを削除…</translation>
    </message>
</context>
<context>
    <name>ImageEdit</name>
    <message>
        <source>Nothing to change: give at least one new value.</source>
        <translation>変更する内容がありません。新しい値を少なくとも1つ指定してください。</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>説明は最大%1文字です（現在%2文字）。</translation>
    </message>
    <message>
        <source>Glance images have no maximum memory; only IMS has it.</source>
        <translation>Glanceのイメージには最大メモリがありません。最大メモリがあるのはIMSのみです。</translation>
    </message>
    <message>
        <source>IMS does not change the minimum disk of an existing image.</source>
        <translation>IMSでは既存のイメージの最小ディスクは変更できません。</translation>
    </message>
    <message>
        <source>The minimum disk cannot be negative.</source>
        <translation>最小ディスクに負の値は指定できません。</translation>
    </message>
    <message>
        <source>IMS does not change the protection of an image; Glance does.</source>
        <translation>IMSではイメージの保護は変更できません。Glanceでは変更できます。</translation>
    </message>
    <message>
        <source>Give the tag &quot;%1&quot; as key=value.</source>
        <extracomment>%1 = the tag as given</extracomment>
        <translation>タグ「%1」は key=value の形式で指定してください。</translation>
    </message>
    <message>
        <source>A tag must have 1 to %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグは1～%1文字で指定してください。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is given twice.</source>
        <extracomment>%1 = tag key</extracomment>
        <translation>タグキー「%1」が2回指定されています。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>タグキーを入力してください。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both set and removed.</source>
        <extracomment>%1 = tag key</extracomment>
        <translation>タグ「%1」が設定と削除の両方に指定されています。</translation>
    </message>
    <message>
        <source>Only active images can be changed; this image is %1.</source>
        <extracomment>%1 = the image&apos;s status</extracomment>
        <translation>変更できるのは使用可能 (active) なイメージのみです。このイメージの状態は%1です。</translation>
    </message>
    <message>
        <source>An image can have at most %1 tags.</source>
        <extracomment>%1 = the most tags an image may have</extracomment>
        <translation>1つのイメージに付けられるタグは最大%1個です。</translation>
    </message>
</context>
<context>
    <name>ImageEditKind</name>
    <message>
        <source>Edit Image…</source>
        <translation>イメージを編集…</translation>
    </message>
</context>
<context>
    <name>ImageLibraryView</name>
    <message>
        <source>No cloud profile.</source>
        <translation>クラウドプロファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the image list… %n image(s) so far.</source>
        <extracomment>%n = images read so far</extracomment>
        <translation>
            <numerusform>イメージの一覧を読み込み中… これまでに%n個のイメージ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s).</source>
        <extracomment>%n = images listed</extracomment>
        <translation>
            <numerusform>%n個のイメージ。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an image to see its properties.</source>
        <translation>イメージを選択するとプロパティが表示されます。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Made by the job %1.</source>
        <extracomment>%1 = the local id of the job that made the image</extracomment>
        <translation>ジョブ %1 で作成されました。</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON（未加工）</translation>
    </message>
    <message>
        <source>Filter by name, ID, OS or tag</source>
        <translation>名前、ID、OS、タグで絞り込み</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Show Jo&amp;b</source>
        <translation>ジョブを表示(&amp;B)</translation>
    </message>
    <message>
        <source>Open the job that made this image in the job monitor</source>
        <translation>このイメージを作成したジョブをジョブモニターで開きます</translation>
    </message>
    <message>
        <source>Give the tag &quot;%1&quot; as key=value.</source>
        <translation>タグ「%1」は key=value の形式で指定してください。</translation>
    </message>
    <message>
        <source>Change the name, description, memory, disk or tags</source>
        <translation>名前、説明、メモリ、ディスク、タグを変更します</translation>
    </message>
    <message>
        <source>Delete the selected images</source>
        <translation>選択したイメージを削除します</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 を変更しました。</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n image(s)…</source>
        <translation>
            <numerusform>%n 件のイメージを削除しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>images</source>
        <translation>イメージ一覧</translation>
    </message>
    <message>
        <source>Export the Image List</source>
        <translation>イメージ一覧のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written to %1.</source>
        <translation>
            <numerusform>%n 件のイメージを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Show only images in this state (the cloud filters)</source>
        <translation>この状態のイメージだけを表示します (クラウド側で絞り込み)</translation>
    </message>
    <message>
        <source>Tag key=value, then Enter</source>
        <translation>タグ key=value を入力して Enter</translation>
    </message>
    <message>
        <source>Show only images with these tags (key=value, separated by commas; the cloud filters)</source>
        <translation>これらのタグを持つイメージだけを表示します (key=value をカンマ区切りで。クラウド側で絞り込み)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the images shown as a CSV file</source>
        <translation>表示中のイメージを CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Image properties</source>
        <translation>イメージのプロパティ</translation>
    </message>
    <message>
        <source>See and change the projects this image is shared with</source>
        <translation>このイメージの共有先プロジェクトを表示・変更します</translation>
    </message>
    <message>
        <source>%1 was not answered: %2</source>
        <translation>%1 に応答できませんでした: %2</translation>
    </message>
    <message>
        <source>The cloud runs job %2 for %1; the job monitor follows it.</source>
        <translation>クラウドが %1 のジョブ %2 を実行しています。ジョブモニターが追跡します。</translation>
    </message>
    <message>
        <source>%1 was accepted.</source>
        <translation>%1 を受け入れました。</translation>
    </message>
    <message>
        <source>%1 was rejected.</source>
        <translation>%1 を拒否しました。</translation>
    </message>
    <message>
        <source>Sh&amp;are…</source>
        <translation>共有(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;With shared and public images</source>
        <translation>共有イメージと公開イメージも表示(&amp;W)</translation>
    </message>
    <message>
        <source>Also list the public images and the images other projects shared with this one (accept or reject them from the context menu)</source>
        <translation>公開イメージと、他のプロジェクトがこのプロジェクトと共有したイメージも一覧表示します (コンテキストメニューから受け入れまたは拒否できます)</translation>
    </message>
    <message>
        <source>Copy the image within this region (optionally encrypted) or to another region</source>
        <translation>イメージをこのリージョン内 (暗号化も可) または別のリージョンにコピーします</translation>
    </message>
    <message>
        <source>Write the image as a file into an OBS bucket</source>
        <translation>イメージをファイルとしてOBSバケットに書き込みます</translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation>コピー(&amp;Y)…</translation>
    </message>
    <message>
        <source>Export to &amp;OBS…</source>
        <translation>OBSにエクスポート(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 is not listed: %2</source>
        <translation>%1 は一覧にありません: %2</translation>
    </message>
    <message>
        <source>Select the images of one profile: each profile deletes its own</source>
        <translation>1 つのプロファイルのイメージを選択してください（各プロファイルが自分のイメージを削除します）</translation>
    </message>
    <message>
        <source>All profile&amp;s</source>
        <translation>すべてのプロファイル(&amp;S)</translation>
    </message>
    <message>
        <source>List the images of every saved profile, each signed in with the secret stored for it</source>
        <translation>保存済みのすべてのプロファイルのイメージを表示します（各プロファイルは保存されたシークレットでサインインします）</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <source>%1 GB</source>
        <extracomment>Minimum disk size of an image. %1 = size in GB</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>ディスク形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation>最小ディスク</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可視性</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
</context>
<context>
    <name>ImageRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>名前は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名前の先頭と末尾にはスペースを使用できません。</translation>
    </message>
    <message>
        <source>The name can contain only letters (A–Z, a–z), digits, hyphens (-), periods (.), underscores (_) and spaces; &quot;%1&quot; is not allowed.</source>
        <extracomment>%1 = the character that is not allowed</extracomment>
        <translation>名前に使用できるのは英字（A–Z、a–z）、数字、ハイフン（-）、ピリオド（.）、アンダースコア（_）、スペースのみです。「%1」は使用できません。</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>説明は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks.</source>
        <translation>説明には改行を使用できません。</translation>
    </message>
    <message>
        <source>The description cannot contain angle brackets (&lt; &gt;).</source>
        <translation>説明には山括弧（&lt; &gt;）を使用できません。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>タグのキーを入力してください。</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグのキーは%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;.&quot; or &quot;=&quot;.</source>
        <translation>タグのキーには「.」や「=」を使用できません。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグの値は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative.</source>
        <translation>メモリサイズに負の値は指定できません。</translation>
    </message>
    <message>
        <source>The maximum memory must be at least the minimum memory.</source>
        <translation>最大メモリは最小メモリ以上にしてください。</translation>
    </message>
    <message>
        <source>Each tag key can be used only once.</source>
        <translation>同じタグのキーは1回しか使用できません。</translation>
    </message>
    <message>
        <source>Enter the image file as bucket:file.</source>
        <translation>イメージファイルをbucket:fileの形式で入力してください。</translation>
    </message>
    <message>
        <source>Write the image file as bucket:file (the OBS bucket name, a colon, the file name).</source>
        <extracomment>bucket:file is the format of the OBS file address; keep it as it is</extracomment>
        <translation>イメージファイルはbucket:fileの形式（OBSバケット名、コロン、ファイル名）で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens or periods, starting and ending with a letter or digit.</source>
        <extracomment>%1 = the bucket name typed</extracomment>
        <translation>「%1」はOBSバケット名として使用できません。OBSバケット名は3～63文字の英小文字、数字、ハイフン、ピリオドで、先頭と末尾は英小文字または数字にしてください。</translation>
    </message>
    <message>
        <source>Enter the file name after the colon.</source>
        <translation>コロンの後にファイル名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the disk size in GB.</source>
        <translation>ディスクの容量をGB単位で入力してください。</translation>
    </message>
    <message>
        <source>The disk size must be between %1 GB and %2 GB.</source>
        <extracomment>%1 = lowest size, %2 = highest size, in GB</extracomment>
        <translation>ディスクの容量は%1 GB～%2 GBの範囲で指定してください。</translation>
    </message>
    <message>
        <source>“%1”: OBS file and folder names here cannot contain spaces. Rename the object in the bucket, or upload it again under a name without spaces.</source>
        <translation>「%1」: ここで指定するOBSのファイル名とフォルダー名にはスペースを使用できません。バケット内のオブジェクトの名前を変更するか、スペースを含まない名前で再度アップロードしてください。</translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The image library: list, show, change and delete the images of a cloud.
Actions: list, show, set, delete. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>イメージライブラリ：クラウドのイメージを一覧表示、表示、変更、削除します。
アクション：list、show、set、delete。「imagewright images ACTION --help」で各アクションのオプションを表示します。</translation>
    </message>
    <message>
        <source>list, show, set or delete</source>
        <translation>list、show、set、delete のいずれか</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete</source>
        <translation>イメージのアクションを指定してください: imagewright images list|show|set|delete</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set or delete.</source>
        <translation>不明なアクション「%1」です。list、show、set、delete のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The saved cloud profile to use (name or id). Without it, the OpenStack environment (OS_CLOUD, or OS_AUTH_URL and the rest) is used.</source>
        <translation>使用する保存済みクラウドプロファイル（名前またはID）。指定しない場合は OpenStack の環境変数（OS_CLOUD、または OS_AUTH_URL など）を使用します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The image API to use: ims or glance (default: IMS for Huawei Cloud, Open Telekom Cloud and the demo cloud, Glance otherwise).</source>
        <translation>使用するイメージAPI：ims または glance（既定：Huawei Cloud、Open Telekom Cloud、デモクラウドでは IMS、それ以外は Glance）。</translation>
    </message>
    <message>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <source>Print JSON (stable keys) instead of text.</source>
        <translation>テキストの代わりに JSON（安定したキー）を出力します。</translation>
    </message>
    <message>
        <source>Only images in this status (e.g. active, queued).</source>
        <translation>この状態のイメージのみ（例: active、queued）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Add a tag, or give a tag a new value (repeatable).</source>
        <translation>タグを追加するか、タグに新しい値を設定します（複数指定可）。</translation>
    </message>
    <message>
        <source>Only images with this tag (repeatable).</source>
        <translation>このタグを持つイメージのみ（複数指定可）。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>新しい名前。</translation>
    </message>
    <message>
        <source>Only images with exactly this name.</source>
        <translation>名前が完全に一致するイメージのみ。</translation>
    </message>
    <message>
        <source>Every image the project can see (public and shared ones too).</source>
        <translation>プロジェクトから見えるすべてのイメージ（パブリックと共有のものも含む）。</translation>
    </message>
    <message>
        <source>Images per request (default %1).</source>
        <translation>1回のリクエストあたりのイメージ数（既定 %1）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>The new description (empty: remove it).</source>
        <translation>新しい説明（空の場合は削除）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Remove the tag with this key (repeatable).</source>
        <translation>このキーのタグを削除します（複数指定可）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>The minimum memory in MB.</source>
        <translation>最小メモリ（MB）。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>The maximum memory in MB (IMS).</source>
        <translation>最大メモリ（MB、IMS）。</translation>
    </message>
    <message>
        <source>The minimum disk in GB (Glance).</source>
        <translation>最小ディスク（GB、Glance）。</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Protect the image from deletion: yes or no (Glance).</source>
        <translation>イメージを削除から保護します: yes または no（Glance）。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>確認せずに削除します（標準入力が端末でない場合に必要）。</translation>
    </message>
    <message>
        <source>Also delete the backups of full-ECS images (IMS delete_backup).</source>
        <translation>フルECSイメージのバックアップも削除します（IMS delete_backup）。</translation>
    </message>
    <message>
        <source>Lists the images, every page of them.</source>
        <translation>イメージを一覧表示します（すべてのページ）。</translation>
    </message>
    <message>
        <source>Shows one image with every property.</source>
        <translation>1つのイメージをすべてのプロパティとともに表示します。</translation>
    </message>
    <message>
        <source>The image&apos;s ID.</source>
        <translation>イメージのID。</translation>
    </message>
    <message>
        <source>Changes an image: what is given changes, the rest stays as it is.</source>
        <translation>イメージを変更します。指定した項目だけが変わり、それ以外はそのままです。</translation>
    </message>
    <message>
        <source>Deletes images.</source>
        <translation>イメージを削除します。</translation>
    </message>
    <message>
        <source>The IDs of the images.</source>
        <translation>イメージのID。</translation>
    </message>
    <message>
        <source>Unknown API &quot;%1&quot;. Use ims or glance.</source>
        <extracomment>%1 = what was given</extracomment>
        <translation>不明なAPI「%1」です。ims または glance を使用してください。</translation>
    </message>
    <message>
        <source>--page-size needs a whole number from 1 to 1000.</source>
        <translation>--page-size には1～1000の整数を指定してください。</translation>
    </message>
    <message>
        <source>Give the image&apos;s ID.</source>
        <translation>イメージのIDを指定してください。</translation>
    </message>
    <message>
        <source>Give the IDs of the images to delete.</source>
        <translation>削除するイメージのIDを指定してください。</translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <extracomment>%1 = the option, e.g. --min-ram</extracomment>
        <translation>%1 には整数を指定してください。</translation>
    </message>
    <message>
        <source>--protected needs yes or no.</source>
        <translation>--protected（保護）には yes または no を指定してください。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>中断しました。</translation>
    </message>
    <message>
        <source>The change is not valid; nothing was sent:</source>
        <translation>変更内容が正しくないため、何も送信していません:</translation>
    </message>
    <message>
        <source>Nothing was deleted: give --yes to delete without a question (standard input is not a terminal, so there is nobody to ask).</source>
        <translation>何も削除していません。確認なしで削除するには --yes を指定してください（標準入力が端末ではないため、確認できません）。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s): %1? [y/N] </source>
        <extracomment>%n = number of images, %1 = their IDs</extracomment>
        <translation>
            <numerusform>%n個のイメージを削除しますか: %1? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除していません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no image service; its images cannot be listed.</source>
        <translation>クラウドのカタログにイメージサービスがないため、イメージを一覧表示できません。</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>イメージはありません。</translation>
    </message>
    <message>
        <source>There is no image %1.</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>イメージ %1 はありません。</translation>
    </message>
    <message>
        <source>Image %1 was not changed:</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>イメージ %1 は変更されませんでした:</translation>
    </message>
    <message>
        <source>Image %1 was changed.</source>
        <translation>イメージ %1 を変更しました。</translation>
    </message>
    <message>
        <source>Image %1 was not deleted: %2</source>
        <extracomment>%1 = image ID, %2 = the cloud&apos;s answer</extracomment>
        <translation>イメージ %1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>The image library: list, show, change, delete and share the images of a cloud.
Actions: list, show, set, delete, share, unshare, members, accept, reject. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>イメージライブラリ: クラウドのイメージを一覧表示、表示、変更、削除、共有します。
アクション: list、show、set、delete、share、unshare、members、accept、reject。各アクションのオプションは &quot;imagewright images ACTION --help&quot; で表示されます。</translation>
    </message>
    <message>
        <source>list, show, set, delete, share, unshare, members, accept or reject</source>
        <translation>list、show、set、delete、share、unshare、members、accept、reject のいずれか</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete|share|unshare|members|accept|reject</source>
        <translation>イメージのアクションを指定してください: imagewright images list|show|set|delete|share|unshare|members|accept|reject</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set, delete, share, unshare, members, accept or reject.</source>
        <translation>不明なアクション「%1」です。list、show、set、delete、share、unshare、members、accept、reject のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The image library: list, show, change, delete, share, copy and export the images of a cloud.
Actions: list, show, set, delete, share, unshare, members, accept, reject, copy, export. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>イメージライブラリ: クラウドのイメージを一覧表示、表示、変更、削除、共有、コピー、エクスポートします。
操作: list, show, set, delete, share, unshare, members, accept, reject, copy, export。「imagewright images ACTION --help」で各操作のオプションを表示します。</translation>
    </message>
    <message>
        <source>list, show, set, delete, share, unshare, members, accept, reject, copy or export</source>
        <translation>list, show, set, delete, share, unshare, members, accept, reject, copy または export</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete|share|unshare|members|accept|reject|copy|export</source>
        <translation>イメージのアクションを指定してください: imagewright images list|show|set|delete|share|unshare|members|accept|reject|copy|export</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set, delete, share, unshare, members, accept, reject, copy or export.</source>
        <translation>不明な操作「%1」です。list, show, set, delete, share, unshare, members, accept, reject, copy または export を使ってください。</translation>
    </message>
    <message>
        <source>Only images created on or after this date (YYYY-MM-DD, UTC, or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>この日時以降に作成されたイメージのみ（YYYY-MM-DD（UTC）または YYYY-MM-DDThh:mm:ssZ）。</translation>
    </message>
    <message>
        <source>Only images created before this date (YYYY-MM-DD, UTC, or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>この日時より前に作成されたイメージのみ（YYYY-MM-DD（UTC）または YYYY-MM-DDThh:mm:ssZ）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not &quot;%2&quot;.</source>
        <translation>--%1 には YYYY-MM-DD または YYYY-MM-DDThh:mm:ssZ 形式の日付を指定してください（&quot;%2&quot; は使えません）。</translation>
    </message>
    <message>
        <source>--created-after must be before --created-before.</source>
        <translation>--created-after は --created-before より前にしてください。</translation>
    </message>
</context>
<context>
    <name>ImagesOutput</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation>最小ディスク</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>Minimum disk size of an image. %1 = size in GB</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可視性</translation>
    </message>
    <message>
        <source>Job marker</source>
        <translation>ジョブマーカー</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>プロパティ:</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <source>Import Cloud Profiles</source>
        <translation>クラウドプロファイルのインポート</translation>
    </message>
    <message>
        <source>Profiles from a clouds.yaml (with its secure.yaml) or an openrc file. Passwords and other secrets found there go to the system keychain only; the files are not changed.</source>
        <translation>clouds.yaml（とそのsecure.yaml）またはopenrcファイルからプロファイルを作成します。そこにあるパスワードなどのシークレットはシステムのキーチェーンにのみ保存され、ファイルは変更されません。</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a clouds.yaml or an openrc file</source>
        <translation>clouds.yamlまたはopenrcファイルを選択します</translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation>再検索(&amp;S)</translation>
    </message>
    <message>
        <source>Look for clouds.yaml where the OpenStack tools look: OS_CLIENT_CONFIG_FILE, the current folder, ~/.config/openstack, /etc/openstack</source>
        <translation>OpenStackツールと同じ場所でclouds.yamlを探します: OS_CLIENT_CONFIG_FILE、現在のフォルダー、~/.config/openstack、/etc/openstack</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <comment>authentication method column</comment>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>column: whether and why a row can be imported</comment>
        <translation>インポート</translation>
    </message>
    <message>
        <source>&amp;Import Checked</source>
        <translation>チェックした項目をインポート(&amp;I)</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>今回のセッションのみ使用</translation>
    </message>
    <message>
        <source>Keep the secrets in memory until Imagewright quits; they are not saved anywhere.</source>
        <translation>Imagewrightを終了するまでシークレットをメモリーに保持します。どこにも保存されません。</translation>
    </message>
    <message>
        <source>No file read yet.</source>
        <translation>まだファイルを読み込んでいません。</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <extracomment>%1 = file paths</extracomment>
        <translation>読み込んだファイル: %1</translation>
    </message>
    <message>
        <source>Open clouds.yaml or openrc File</source>
        <translation>clouds.yamlまたはopenrcファイルを開く</translation>
    </message>
    <message>
        <source>OpenStack settings (clouds.yaml clouds.yml *.yaml *.yml *.json *openrc* *.sh);;All files (*)</source>
        <translation>OpenStackの設定 (clouds.yaml clouds.yml *.yaml *.yml *.json *openrc* *.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>すべてのリージョン</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <extracomment>%1 = the first reason a row cannot be imported</extracomment>
        <translation>インポートできません: %1</translation>
    </message>
    <message>
        <source>A profile named “%1” exists: check to import this one as “%2”, or leave it unchecked to skip it.</source>
        <extracomment>%1 = the name in the file, which a saved profile has; %2 = the suggested new name</extracomment>
        <translation>「%1」という名前のプロファイルが既にあります。「%2」としてインポートする場合はチェックし、スキップする場合はチェックを外したままにしてください。</translation>
    </message>
    <message>
        <source>Ready; the secret is asked for at the first sign-in</source>
        <translation>準備完了。シークレットは最初のサインイン時に入力を求めます</translation>
    </message>
    <message>
        <source>Ready; the secret goes to the system keychain</source>
        <translation>準備完了。シークレットはシステムのキーチェーンに保存します</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Another profile already has the name “%1”: rename this one or leave it unchecked.</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>「%1」という名前は別のプロファイルで使用されています。名前を変更するか、チェックを外してください。</translation>
    </message>
    <message>
        <source>Check the profiles to import.</source>
        <translation>インポートするプロファイルをチェックしてください。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n個のプロファイルをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain did not take the secrets of %1 (%2). They were not written anywhere else: use them for this session only, or enter them in the profile editor later.</source>
        <extracomment>%1 = profile names, %2 = the keychain&apos;s reason. Nothing is written elsewhere.</extracomment>
        <translation>システムのキーチェーンが%1のシークレットを保存できませんでした（%2）。ほかの場所には書き込まれていません。今回のセッションのみ使用するか、後でプロファイルエディターで入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) use their secret until Imagewright quits. It is not saved.</source>
        <translation>
            <numerusform>%n個のプロファイルは、Imagewrightを終了するまでシークレットを使用します。保存はされません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles found</source>
        <comment>the list of profiles read from the files</comment>
        <translation>見つかったプロファイル</translation>
    </message>
</context>
<context>
    <name>ImsDataDiskPage</name>
    <message>
        <source>The system disk of an ECS: use &quot;System disk image from an ECS&quot; for it.</source>
        <translation>ECSのシステムディスクです。このディスクには「ECSからシステムディスクイメージを作成」を使用してください。</translation>
    </message>
    <message>
        <source>IMS cannot use a disk that is %1.</source>
        <extracomment>%1 = the volume&apos;s status as the cloud reports it</extracomment>
        <translation>IMSは状態が%1のディスクを使用できません。</translation>
    </message>
    <message>
        <source>Not marked bootable: make sure an OS is installed on it.</source>
        <translation>ブート可能として設定されていません。OSがインストールされていることを確認してください。</translation>
    </message>
    <message>
        <source>IMS makes a private system disk image from a data disk that holds an installed operating system.</source>
        <translation>IMSが、OSがインストールされたデータディスクから、プライベートイメージとしてシステムディスクイメージを作成します。</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>OSバージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation>イメージタイプ(&amp;T):</translation>
    </message>
    <message>
        <source>ECS and FusionCompute: an ECS image. BMS and Ironic: a BMS image.</source>
        <translation>ECSとFusionCompute: ECSイメージ。BMSとIronic: BMSイメージ。</translation>
    </message>
    <message>
        <source>Data disk</source>
        <comment>group box title: the volume the image is made from</comment>
        <translation>データディスク</translation>
    </message>
    <message>
        <source>Before you start, make sure an OS is installed on the data disk and has been optimized (see &quot;Optimizing a Windows Private Image&quot; and &quot;Optimizing a Linux Private Image&quot; in the IMS User Guide). IMS cannot verify the OS on the disk: choose the OS version carefully, or the image may be unusable.</source>
        <translation>始める前に、データディスクにOSがインストールされ、最適化されていることを確認してください（IMSユーザーガイドの「Windowsプライベートイメージの最適化」および「Linuxプライベートイメージの最適化」を参照）。IMSはディスク上のOSを検証できません。OSバージョンは慎重に選択してください。誤っているとイメージを使用できなくなる場合があります。</translation>
    </message>
</context>
<context>
    <name>ImsDataDiskRequest</name>
    <message>
        <source>Choose the data disk that holds the OS.</source>
        <translation>OSがインストールされたデータディスクを選択してください。</translation>
    </message>
    <message>
        <source>Choose the OS version: IMS cannot check the OS on a data disk, and a wrong value can make the image unusable.</source>
        <translation>OSバージョンを選択してください。IMSはデータディスク上のOSを確認できないため、誤った値を指定するとイメージを使用できなくなる場合があります。</translation>
    </message>
    <message>
        <source>The image type must be one of %1.</source>
        <extracomment>%1 = the list of image types</extracomment>
        <translation>イメージタイプは%1のいずれかにしてください。</translation>
    </message>
    <message>
        <source>A system disk image from a data disk takes volume_id only; remove instance_id and data_images.</source>
        <translation>データディスクからシステムディスクイメージを作成する場合はvolume_idのみを指定します。instance_idとdata_imagesを削除してください。</translation>
    </message>
</context>
<context>
    <name>ImsDataDisksPage</name>
    <message>
        <source>This is the ECS&apos;s system disk; make its image with &quot;System disk image from an ECS&quot;.</source>
        <translation>これはECSのシステムディスクです。このディスクのイメージは「ECSからシステムディスクイメージを作成」で作成してください。</translation>
    </message>
    <message>
        <source>The disk is %1; IMS needs a data disk attached to the ECS (in-use).</source>
        <extracomment>%1 = the volume&apos;s status as the cloud reports it</extracomment>
        <translation>このディスクの状態は%1です。IMSには、ECSに取り付けられた（in-useの）データディスクが必要です。</translation>
    </message>
    <message>
        <source>Choose the ECS whose data disks to image.</source>
        <translation>データディスクのイメージを作成するECSを選択してください。</translation>
    </message>
    <message>
        <source>This ECS has no disks attached.</source>
        <translation>このECSにはディスクが取り付けられていません。</translation>
    </message>
    <message>
        <source>Reading the ECS&apos;s disks…</source>
        <translation>ECSのディスクを読み込んでいます…</translation>
    </message>
    <message>
        <source>Tick the data disks to make images of. Each image needs a name.</source>
        <translation>イメージを作成するデータディスクにチェックを付けてください。各イメージには名前が必要です。</translation>
    </message>
    <message>
        <source>IMS makes one private data disk image of each data disk you tick. The images are made from the disks as they are attached to the ECS.</source>
        <translation>IMSが、ECSに取り付けたデータディスクのうちチェックしたものから、プライベートデータディスクイメージを1つずつ作成します。</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
    <message>
        <source>Data disks</source>
        <comment>group box title</comment>
        <translation>データディスク</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>column: image this disk</comment>
        <translation>対象</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>column: where the disk is attached, e.g. /dev/vdb</comment>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <comment>column</comment>
        <translation>容量 (GB)</translation>
    </message>
    <message>
        <source>Disk</source>
        <comment>column: the volume&apos;s name</comment>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Image name</source>
        <comment>column</comment>
        <translation>イメージの名前</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>column</comment>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>エンタープライズプロジェクトID(&amp;E):</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Tags of every data disk image</source>
        <comment>group box title</comment>
        <translation>すべてのデータディスクイメージのタグ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the disk&apos;s device (/dev/vdb), %2 = the message about it</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImsDataDisksRequest</name>
    <message>
        <source>Choose at least one data disk.</source>
        <translation>データディスクを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Choose the data disk.</source>
        <translation>データディスクを選択してください。</translation>
    </message>
    <message>
        <source>This data disk is listed twice.</source>
        <translation>このデータディスクが2回指定されています。</translation>
    </message>
    <message>
        <source>Data disk images are requested with data_images only; remove instance_id (the document: &quot;You cannot specify instance_id&quot;).</source>
        <translation>データディスクイメージはdata_imagesのみで指定します。instance_idを削除してください（ドキュメント: 「instance_idは指定できません」）。</translation>
    </message>
</context>
<context>
    <name>ImsEcsPage</name>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Name and description follow the Image Management Service rules.</source>
        <translation>IMSがECSのシステムディスクからプライベートイメージを作成します。名前と説明にはイメージ管理サービス（IMS）の規則が適用されます。</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
</context>
<context>
    <name>ImsEcsRequest</name>
    <message>
        <source>Choose the ECS to make the image from.</source>
        <translation>イメージの作成元のECSを選択してください。</translation>
    </message>
    <message>
        <source>data_images belongs to the data disk image method, not to this one.</source>
        <translation>data_imagesはデータディスクイメージの作成方法で使用するもので、この方法では使用できません。</translation>
    </message>
</context>
<context>
    <name>ImsImageFieldsEditor</name>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>イメージの名前(&amp;E):</translation>
    </message>
    <message>
        <source>1–128 letters, digits, spaces, - . _</source>
        <translation>1～128文字の英字、数字、スペース、- . _</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>省略可</translation>
    </message>
    <message>
        <source>M&amp;inimum memory (MB):</source>
        <translation>最小メモリ (MB)(&amp;I):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory (MB):</source>
        <translation>最大メモリ (MB)(&amp;X):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>memory limit left out of the request</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Enterprise &amp;project ID:</source>
        <translation>エンタープライズプロジェクトID(&amp;P):</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>ImsObsFileRequest</name>
    <message>
        <source>The OS type must be one of %1.</source>
        <extracomment>%1 = the list of OS types</extracomment>
        <translation>OSタイプは%1のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Choose the OS version: it is mandatory for an ISO file.</source>
        <translation>OSバージョンを選択してください。ISOファイルの場合は必須です。</translation>
    </message>
    <message>
        <source>Choose the OS version: it is mandatory for a quick import.</source>
        <translation>OSバージョンを選択してください。高速インポートの場合は必須です。</translation>
    </message>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>1つのイメージファイルに含めることができるデータディスクは最大%n個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>An image from an OBS file takes image_url only; remove instance_id and volume_id.</source>
        <translation>OBSのファイルからイメージを作成する場合はimage_urlのみを指定します。instance_idとvolume_idを削除してください。</translation>
    </message>
</context>
<context>
    <name>ImsObsPage</name>
    <message>
        <source>IMS registers an external image file uploaded to an OBS bucket as a private image, with up to three data disks from files of their own.</source>
        <translation>IMSが、OBSバケットの外部イメージファイルをプライベートイメージとして登録します（データディスクは別ファイルで最大3つ）。</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <comment>OBS file of the system disk</comment>
        <translation>イメージファイル(&amp;F):</translation>
    </message>
    <message>
        <source>bucket:file, e.g. %1</source>
        <translation>bucket:file（例: %1）</translation>
    </message>
    <message>
        <source>Minimum system disk (&amp;GB):</source>
        <translation>最小システムディスク (GB)(&amp;G):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1～%2 GB</translation>
    </message>
    <message>
        <source>OS t&amp;ype:</source>
        <translation>OSタイプ(&amp;Y):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>OS type left out of the request</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>OSバージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Automatic &amp;configuration (is_config)</source>
        <translation>自動設定(&amp;C)（is_config）</translation>
    </message>
    <message>
        <source>&amp;Quick import (is_quick_import)</source>
        <translation>高速インポート(&amp;Q)（is_quick_import）</translation>
    </message>
    <message>
        <source>Encryption &amp;key ID (cmk_id):</source>
        <translation>暗号化キーID(&amp;K)（cmk_id）:</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Data disks</source>
        <comment>group box title</comment>
        <translation>データディスク</translation>
    </message>
    <message>
        <source>Add da&amp;ta disk</source>
        <translation>データディスクを追加(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>1つのイメージファイルに含めることができるデータディスクは最大%n個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The OBS bucket&apos;s storage class must be Standard.</source>
        <translation>OBSバケットのストレージクラスはStandardにしてください。</translation>
    </message>
    <message>
        <source>The file is an ISO image: the OS version is mandatory.</source>
        <translation>ファイルはISOイメージです。OSバージョンは必須です。</translation>
    </message>
    <message>
        <source>Quick import needs the OS version.</source>
        <translation>高速インポートにはOSバージョンが必要です。</translation>
    </message>
    <message>
        <source>Automatic configuration lets IMS configure the image&apos;s drivers and settings for the cloud (see &quot;Registering an External Image File as a Private Image&quot; in the IMS User Guide).</source>
        <translation>自動設定を有効にすると、IMSがクラウドに合わせてイメージのドライバーと設定を構成します（IMSユーザーガイドの「外部イメージファイルをプライベートイメージとして登録する」を参照）。</translation>
    </message>
    <message>
        <source>The data disk images must have the same OS type as the system disk image.</source>
        <translation>データディスクイメージのOSタイプは、システムディスクイメージと同じにしてください。</translation>
    </message>
    <message>
        <source>OB&amp;S bucket:</source>
        <translation>OBSバケット(&amp;S):</translation>
    </message>
    <message>
        <source>Ob&amp;ject:</source>
        <comment>OBS object list of method 3&apos;s page</comment>
        <translation>オブジェクト(&amp;J):</translation>
    </message>
</context>
<context>
    <name>InsecureBanner</name>
    <message>
        <source>Certificate checks are off for the profile “%1” (insecure TLS): anyone on the network path could read or change the traffic, the token included. Choose the cloud&apos;s CA bundle file in Cloud Profiles instead.</source>
        <extracomment>Persistent warning. %1 = profile name</extracomment>
        <translation>プロファイル「%1」では証明書のチェックがオフになっています（安全でないTLS）: ネットワーク経路上の誰もが、トークンを含む通信を読み取ったり改ざんしたりできます。代わりに、クラウドプロファイルでクラウドのCAバンドルファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Select an image job to see its details.</source>
        <translation>詳細を表示するには、イメージ作成ジョブを選択してください。</translation>
    </message>
    <message>
        <source>Image name:</source>
        <translation>イメージの名前:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>作成方法:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>クラウド:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>job status</comment>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>進捗:</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>ジョブID:</translation>
    </message>
    <message>
        <source>Marker tag:</source>
        <translation>マーカータグ:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Finished at:</source>
        <translation>完了日時:</translation>
    </message>
    <message>
        <source>Image ID:</source>
        <translation>イメージID:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>エラーコード:</translation>
    </message>
    <message>
        <source>Failure reason:</source>
        <translation>失敗理由:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>tab</comment>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>最新の応答</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline column</comment>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>timeline column</comment>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1 (cloud: %2)</source>
        <extracomment>Job status in the details pane. %1 = our status, %2 = the cloud&apos;s raw status (RUNNING, FAIL, ...)</extracomment>
        <translation>%1（クラウド: %2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress as a percentage. %1 = the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <extracomment>%1 = percentage text (may be empty), %2 = the cloud&apos;s current task name, verbatim</extracomment>
        <translation>%1（タスク: %2）</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy an image ID to the clipboard</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the image ID to the clipboard</source>
        <translation>イメージIDをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>アップロード:</translation>
    </message>
    <message>
        <source>&amp;Resume Upload</source>
        <translation>アップロードを再開(&amp;R)</translation>
    </message>
    <message>
        <source>Upload the image file again to the queued image (the whole file: Glance has no partial upload).</source>
        <translation>キュー状態のイメージにイメージファイルを再度アップロードします (ファイル全体: Glance には部分アップロードがありません)。</translation>
    </message>
    <message>
        <source>Cancel &amp;Upload</source>
        <translation>アップロードをキャンセル(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Image</source>
        <translation>イメージを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the image on the cloud.</source>
        <translation>クラウド上のイメージを削除します。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 = bytes sent, %2 = file size (e.g. &quot;1.2 GB of 4.0 GB&quot;)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>%1 = time left such as &quot;4 min 05 s&quot;</extracomment>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 sent; the image is queued</source>
        <extracomment>%1 = bytes sent before it stopped, %2 = file size</extracomment>
        <translation>未完了: %2 のうち %1 を送信済み。イメージはキュー状態です</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <extracomment>%1 = file size</extracomment>
        <translation>%1 をアップロード済み</translation>
    </message>
    <message>
        <source>Go on with the multipart upload: the parts the bucket holds are checked against the file and only the missing ones are sent, then IMS imports the object.</source>
        <translation>マルチパートアップロードを続行します: バケットにあるパートをファイルと照合し、不足しているパートだけを送信してから、IMS がオブジェクトをインポートします。</translation>
    </message>
    <message>
        <source>Abort the multipart upload: the parts sent are deleted from the bucket and the job ends cancelled.</source>
        <translation>マルチパートアップロードを中止します: 送信済みのパートはバケットから削除され、ジョブはキャンセルで終了します。</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 parts, to %5</source>
        <translation>%1 / %2、パート %3 / %4、送信先 %5</translation>
    </message>
    <message>
        <source>%1 uploaded to %2</source>
        <translation>%1 を %2 にアップロード済み</translation>
    </message>
    <message>
        <source>not completed; no upload left in %1</source>
        <translation>未完了。%1 にアップロードは残っていません</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 parts in %3; Resume sends the missing ones</source>
        <translation>未完了: %3 にパート %1 / %2。再開すると不足しているパートを送信します</translation>
    </message>
    <message>
        <source>being uploaded to %2 by another process, %1; Resume is offered once it has ended</source>
        <translation>別のプロセス (%1) が %2 へアップロード中です。終了すると再開を選べます</translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>The app stopped before the cloud answered the create request; it may or may not have been carried out.</source>
        <translation>クラウドが作成リクエストに応答する前にアプリが終了しました。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Create request being sent</source>
        <translation>作成リクエストを送信中</translation>
    </message>
    <message>
        <source>the job history could not be saved (%1), so nothing was sent</source>
        <extracomment>%1 = file system error</extracomment>
        <translation>ジョブ履歴を保存できなかったため（%1）、何も送信していません</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>クラウドがジョブ%1として受け付けました</translation>
    </message>
    <message>
        <source>the answer carried no job_id</source>
        <translation>応答にjob_idが含まれていません</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>結果不明: %1</translation>
    </message>
    <message>
        <source>Following job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ジョブ%1を監視しています</translation>
    </message>
    <message>
        <source>Could not ask the cloud: %1</source>
        <translation>クラウドに問い合わせできませんでした: %1</translation>
    </message>
    <message>
        <source>the compute service sent no version document</source>
        <translation>コンピュートサービスからバージョン情報が返されませんでした</translation>
    </message>
    <message>
        <source>Compute API microversion %1</source>
        <extracomment>%1 = a compute API microversion such as 2.45</extracomment>
        <translation>コンピュートAPIのマイクロバージョン %1</translation>
    </message>
    <message>
        <source>Accepted by the compute service: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>コンピュートサービスが受け付けました: イメージ %1</translation>
    </message>
    <message>
        <source>The compute service removed the image after a failure (it was purged). The server&apos;s instance actions tell the cause.</source>
        <translation>失敗後にコンピュートサービスがイメージを削除しました（パージ済み）。原因は仮想サーバのインスタンスアクションで確認できます。</translation>
    </message>
    <message>
        <source>The image ended as %1.</source>
        <extracomment>%1 = the image&apos;s status as Glance reports it (killed, deleted, ...)</extracomment>
        <translation>イメージは %1 で終了しました。</translation>
    </message>
    <message>
        <source>Block storage API microversion %1</source>
        <extracomment>%1 = a block storage API microversion such as 3.1</extracomment>
        <translation>ブロックストレージAPIのマイクロバージョン %1</translation>
    </message>
    <message>
        <source>Block storage API without microversions</source>
        <translation>マイクロバージョンのないブロックストレージAPI</translation>
    </message>
    <message>
        <source>Accepted by the block storage service: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>ブロックストレージサービスが受け付けました: イメージ %1</translation>
    </message>
    <message>
        <source>The volume was deleted while it was being uploaded.</source>
        <translation>アップロード中にボリュームが削除されました。</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (uploading, available, ...)</extracomment>
        <translation>ボリューム %1</translation>
    </message>
    <message>
        <source>The volume went to the status %1: the block storage service could not upload it to the image.</source>
        <extracomment>%1 = the volume&apos;s status (error, error_extending, ...)</extracomment>
        <translation>ボリュームの状態が %1 になりました。ブロックストレージサービスはイメージへのアップロードに失敗しました。</translation>
    </message>
    <message>
        <source>The image is gone: the block storage service deleted it after the upload failed.</source>
        <translation>イメージがありません。アップロードに失敗したため、ブロックストレージサービスが削除しました。</translation>
    </message>
    <message>
        <source>The image is active but could not be registered in every availability zone (%1). Delete the image, then create it again.</source>
        <extracomment>%1 = the cloud&apos;s sync_status_reason text, verbatim</extracomment>
        <translation>イメージはactiveですが、すべてのAvailability Zoneへの登録に失敗しました（%1）。エラー発生時は、イメージを削除したのち、再度イメージの作成を実施してください。</translation>
    </message>
    <message>
        <source>The app stopped while the image file was being uploaded.</source>
        <translation>イメージファイルのアップロード中にアプリが停止しました。</translation>
    </message>
    <message>
        <source>the cloud answered with image %2 instead of the chosen ID %1</source>
        <extracomment>%1 = the ID Imagewright chose, %2 = the one in the answer</extracomment>
        <translation>クラウドは選んだ ID %1 ではなくイメージ %2 で応答しました</translation>
    </message>
    <message>
        <source>Image metadata created: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>イメージメタデータを作成しました: イメージ %1</translation>
    </message>
    <message>
        <source>The upload could not start: %1</source>
        <extracomment>%1 = why the upload could not start</extracomment>
        <translation>アップロードを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>the cloud profile is not available</source>
        <translation>クラウドプロファイルを使用できません</translation>
    </message>
    <message>
        <source>the image file %1 cannot be read (%2)</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>イメージファイル %1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>the image file %1 changed size since the request was made</source>
        <extracomment>%1 = file path</extracomment>
        <translation>リクエスト作成後にイメージファイル %1 のサイズが変わりました</translation>
    </message>
    <message>
        <source>Uploading the image file %1 (%2)</source>
        <extracomment>%1 = file name, %2 = its size such as &quot;1.2 GB&quot;</extracomment>
        <translation>イメージファイル %1 (%2) をアップロード中</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator.</source>
        <translation>オペレーターがアップロードをキャンセルしました。</translation>
    </message>
    <message>
        <source>At the current rate the upload needs about %1 more, but the sign-in token expires in %2. The cloud may then refuse the rest and drop the data; a faster link or a longer token lifetime avoids this.</source>
        <extracomment>%1 = estimated time left, %2 = time until the token expires</extracomment>
        <translation>現在の速度ではアップロードにあと約 %1 かかりますが、サインイントークンは %2 後に期限切れになります。その場合、クラウドが残りを拒否してデータを破棄することがあります。より速い回線か、より長いトークン有効期間で回避できます。</translation>
    </message>
    <message>
        <source>Image file uploaded</source>
        <translation>イメージファイルをアップロードしました</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator. The image stays queued: resume the upload or delete it.</source>
        <translation>オペレーターがアップロードをキャンセルしました。イメージはキュー状態のままです: アップロードを再開するか、削除してください。</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <extracomment>%1 = why the upload failed</extracomment>
        <translation>アップロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Upload resumed by the operator (the whole file is sent again: Glance has no partial upload).</source>
        <translation>オペレーターがアップロードを再開しました (Glance には部分アップロードがないため、ファイル全体を再送信します)。</translation>
    </message>
    <message>
        <source>The image could not be deleted: %1</source>
        <extracomment>%1 = why the image could not be deleted</extracomment>
        <translation>イメージを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Image deleted by the operator.</source>
        <translation>オペレーターがイメージを削除しました。</translation>
    </message>
    <message>
        <source>The image&apos;s %1 differs from the file&apos;s: the cloud did not store the bytes that were sent. Delete the image and upload again.</source>
        <extracomment>%1 = the fields that differ, e.g. &quot;os_hash_value (sha512)&quot;</extracomment>
        <translation>イメージの %1 がファイルのものと異なります: クラウドは送信したバイトを保存していません。イメージを削除して、もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>Verified: the image&apos;s %1 match the file.</source>
        <extracomment>%1 = the fields compared, e.g. &quot;checksum (MD5), os_hash_value (sha512)&quot;</extracomment>
        <translation>検証済み: イメージの %1 はファイルと一致します。</translation>
    </message>
    <message>
        <source>Not verified: the file&apos;s digests were not computed in this session.</source>
        <translation>未検証: このセッションではファイルのダイジェストを計算していません。</translation>
    </message>
    <message>
        <source>Not verified: the image carries no checksum this app computed (its os_hash_algo is %1).</source>
        <extracomment>%1 = the image&apos;s os_hash_algo or &quot;-&quot;</extracomment>
        <translation>未検証: イメージには、このアプリが計算したチェックサムがありません (os_hash_algo は %1)。</translation>
    </message>
    <message>
        <source>The image no longer exists on the cloud (it was deleted).</source>
        <translation>イメージはクラウド上にもう存在しません (削除されました)。</translation>
    </message>
    <message>
        <source>Found the image by its chosen ID (%1): the create did take effect.</source>
        <extracomment>%1 = the image&apos;s status</extracomment>
        <translation>選んだ ID でイメージが見つかりました (%1): 作成は実行されていました。</translation>
    </message>
    <message>
        <source>The image is queued and no upload is running: resume the upload or delete the image.</source>
        <translation>イメージはキュー状態で、実行中のアップロードはありません: アップロードを再開するか、イメージを削除してください。</translation>
    </message>
    <message>
        <source>Could not look the image up by this job&apos;s marker: %1</source>
        <extracomment>%1 = why the cloud could not be asked</extracomment>
        <translation>このジョブのマーカーでイメージを検索できませんでした：%1</translation>
    </message>
    <message>
        <source>No image carries this job&apos;s marker: the create did not reach the cloud, or the cloud has not registered the image yet. Look again later, or remove the job and create the image again.</source>
        <translation>このジョブのマーカーを持つイメージはありません。作成リクエストがクラウドに届かなかったか、クラウドがまだイメージを登録していません。後でもう一度検索するか、ジョブを削除してイメージを作成し直してください。</translation>
    </message>
    <message>
        <source>Found by its marker: the create reached the cloud (image %1).</source>
        <extracomment>%1 = image IDs</extracomment>
        <translation>マーカーで見つかりました。作成リクエストはクラウドに届いています（イメージ %1）。</translation>
    </message>
    <message>
        <source>The image the job made was killed or deleted.</source>
        <translation>ジョブが作成したイメージは killed または削除済みです。</translation>
    </message>
    <message>
        <source>The image is not active yet; look again later.</source>
        <translation>イメージはまだ active ではありません。後でもう一度検索してください。</translation>
    </message>
    <message>
        <source>The cloud could not be reached (%1): its jobs wait until it answers again.</source>
        <extracomment>%1 = why the cloud could not be reached</extracomment>
        <translation>クラウドに接続できませんでした (%1)。クラウドが再び応答するまで、そのジョブは待機します。</translation>
    </message>
    <message>
        <source>No time limit: the monitor waits for the end.</source>
        <translation>時間制限なし: モニターは終了まで待機します。</translation>
    </message>
    <message>
        <source>Time limit set: the monitor stops waiting %1 after the start.</source>
        <extracomment>%1 = a duration such as &quot;2 h 0 min&quot;</extracomment>
        <translation>時間制限を設定しました: モニターは開始から %1 後に待機を停止します。</translation>
    </message>
    <message>
        <source>The monitor stopped waiting after %1, the limit set for this job. The cloud may still finish the work: Retry poll watches it again.</source>
        <extracomment>%1 = the job&apos;s time limit as a duration such as &quot;2 h 0 min&quot;</extracomment>
        <translation>このジョブに設定された制限の %1 が経過したため、モニターは待機を停止しました。クラウドは処理を完了する可能性があります。「ポーリングを再試行」で再び監視します。</translation>
    </message>
    <message>
        <source>Watching again, without a time limit.</source>
        <translation>時間制限なしで再び監視しています。</translation>
    </message>
    <message>
        <source>Could not look the image up by its name: %1</source>
        <extracomment>%1 = why the cloud could not be asked</extracomment>
        <translation>名前でイメージを検索できませんでした: %1</translation>
    </message>
    <message>
        <source>Found image %1 named “%2”, made after the request: the upload did take effect.</source>
        <extracomment>%1 = the image ID, %2 = the image name</extracomment>
        <translation>リクエスト後に作成された「%2」という名前のイメージ %1 が見つかりました。アップロードは実行されています。</translation>
    </message>
    <message>
        <source>No image with this name was made after the request, and the volume could not be read: %1</source>
        <extracomment>%1 = why the volume could not be read</extracomment>
        <translation>リクエスト後にこの名前のイメージは作成されておらず、ボリュームを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>読み取れない応答</translation>
    </message>
    <message>
        <source>The volume is uploading, but no image named “%1” made after the request was found yet. Look again later.</source>
        <extracomment>%1 = the image name</extracomment>
        <translation>ボリュームはアップロード中ですが、リクエスト後に作成された「%1」という名前のイメージはまだ見つかりません。後でもう一度確認してください。</translation>
    </message>
    <message>
        <source>No image named “%1” was made after the request and the volume is %2: the upload did not take effect. Nothing was sent again; remove the job and upload the volume again if needed.</source>
        <extracomment>%1 = the image name, %2 = the volume&apos;s status (available, in-use, ...)</extracomment>
        <translation>リクエスト後に「%1」という名前のイメージは作成されておらず、ボリュームは %2 です。アップロードは実行されませんでした。何も再送信していません。必要であれば、ジョブを削除してボリュームを再度アップロードしてください。</translation>
    </message>
    <message>
        <source>Image %1 was made (%2).</source>
        <extracomment>%1 = image name, %2 = image ID</extracomment>
        <translation>イメージ %1 が作成されました（%2）。</translation>
    </message>
    <message>
        <source>Image %1 failed: %2</source>
        <extracomment>%1 = image name or sub-job ID, %2 = the cloud&apos;s error code and reason</extracomment>
        <translation>イメージ %1 の作成に失敗しました: %2</translation>
    </message>
    <message>
        <source>the cloud gave no reason</source>
        <translation>クラウドは理由を返しませんでした</translation>
    </message>
    <message>
        <source>%1 of the images were made and %2 failed (see the history): %3</source>
        <extracomment>%1 = how many images were made, %2 = how many failed, %3 = the cloud&apos;s reason</extracomment>
        <translation>%1 個のイメージが作成され、%2 個が失敗しました（履歴を参照）: %3</translation>
    </message>
    <message>
        <source>The cloud has the whole file after all (the image is %1): the upload did not fail.</source>
        <extracomment>%1 = the image&apos;s status (saving, active)</extracomment>
        <translation>クラウドはファイル全体を受信していました（イメージは %1）。アップロードは失敗していません。</translation>
    </message>
    <message>
        <source>An image with the chosen ID exists: an earlier create request took effect.</source>
        <translation>選択した ID のイメージが存在します。以前の作成リクエストが実行されていました。</translation>
    </message>
    <message>
        <source>The create request sent again was refused (%1); whether the first one took effect is not known.</source>
        <extracomment>%1 = the cloud&apos;s refusal</extracomment>
        <translation>再送した作成リクエストは拒否されました（%1）。最初のリクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>No answer to the create request (%1). Sending the same request again in %2 s: the image ID is chosen here, so the cloud cannot make the image twice.</source>
        <extracomment>%1 = why no answer came, %2 = seconds</extracomment>
        <translation>作成リクエストに応答がありません（%1）。%2 秒後に同じリクエストを再送します。イメージ ID はこちらで選択しているため、クラウドがイメージを二重に作成することはありません。</translation>
    </message>
    <message>
        <source>No image has the chosen ID yet: the create request may not have reached the cloud, or the cloud has not carried it out yet. Looking again.</source>
        <translation>選択した ID のイメージはまだありません。作成リクエストがクラウドに届いていないか、クラウドがまだ実行していない可能性があります。再度確認します。</translation>
    </message>
    <message>
        <source>Still no image with the chosen ID. Nothing is sent again on its own: look again with Retry Poll, or remove the job and create the image again.</source>
        <translation>選択した ID のイメージはまだありません。自動的な再送は行いません。「ポーリングを再試行」で再度確認するか、ジョブを削除してイメージを作成し直してください。</translation>
    </message>
    <message>
        <source>Stopped watching. The cloud cannot cancel this work and carries on with it; Watch Again asks it how it ended.</source>
        <translation>監視を停止しました。クラウドはこの処理を取り消せないため、処理を続けます。「再度監視」で結果を問い合わせます。</translation>
    </message>
    <message>
        <source>Watching again.</source>
        <translation>再度監視しています。</translation>
    </message>
    <message>
        <source>The cloud killed the image: it refused or could not store the image data (a file whose format does not match the disk format, a file larger than the cloud allows, the image quota, or a fault while it was stored). Check the file and the quota, delete this image, and create it again.</source>
        <translation>クラウドがイメージを強制終了しました（killed）。イメージデータを拒否したか、保存できませんでした（ディスク形式と合わないファイル形式、クラウドの上限を超えるファイル、イメージのクォータ、保存中の障害など）。ファイルとクォータを確認し、このイメージを削除してから作成し直してください。</translation>
    </message>
    <message>
        <source>The image was deleted in the cloud before it became active (status %1). Create it again if it is still needed.</source>
        <translation>イメージはアクティブになる前にクラウドで削除されました（状態 %1）。まだ必要な場合は作成し直してください。</translation>
    </message>
    <message>
        <source>%1 cannot be sent by this version.</source>
        <translation>このバージョンでは%1を送信できません。</translation>
    </message>
    <message>
        <source>Image sharing (IMS)</source>
        <translation>イメージの共有 (IMS)</translation>
    </message>
    <message>
        <source>Sharing the image with %1</source>
        <translation>イメージを %1 と共有しています</translation>
    </message>
    <message>
        <source>Ending the sharing with %1</source>
        <translation>%1 との共有を終了しています</translation>
    </message>
    <message>
        <source>Accepting the shared image</source>
        <translation>共有イメージを受け入れています</translation>
    </message>
    <message>
        <source>Rejecting the shared image</source>
        <translation>共有イメージを拒否しています</translation>
    </message>
    <message>
        <source>OBS bucket %1 checked: region %2, storage class %3</source>
        <translation>OBSバケット %1 を確認しました: リージョン %2、ストレージクラス %3</translation>
    </message>
    <message>
        <source>Multipart upload %1 started (parts of %2)</source>
        <translation>マルチパートアップロード %1 を開始しました (パートサイズ %2)</translation>
    </message>
    <message>
        <source>%1 of %2 parts are already in the bucket and match the file; sending the others</source>
        <translation>%2 パート中 %1 パートはすでにバケットにあり、ファイルと一致します。残りを送信します</translation>
    </message>
    <message>
        <source>Uploading the image file %1 (%2) to OBS bucket %3 as object %4</source>
        <translation>イメージファイル %1 (%2) を OBSバケット %3 にオブジェクト %4 としてアップロードしています</translation>
    </message>
    <message>
        <source>Resuming multipart upload %1: asking the bucket which parts it holds</source>
        <translation>マルチパートアップロード %1 を再開します: バケットにあるパートを確認しています</translation>
    </message>
    <message>
        <source>Image file uploaded to OBS as %1 (ETag %2)</source>
        <translation>イメージファイルを OBS に %1 としてアップロードしました (ETag %2)</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator; the multipart upload was aborted, nothing of it is left in the bucket.</source>
        <translation>オペレーターがアップロードをキャンセルしました。マルチパートアップロードは中止され、バケットには何も残っていません。</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator, but the multipart upload could not be aborted: %1. imagewright obs uploads lists it.</source>
        <translation>オペレーターがアップロードをキャンセルしましたが、マルチパートアップロードを中止できませんでした: %1。imagewright obs uploads で一覧できます。</translation>
    </message>
    <message>
        <source>Multipart upload %1 is no longer in the bucket; uploading again</source>
        <translation>マルチパートアップロード %1 はもうバケットにありません。もう一度アップロードします</translation>
    </message>
    <message>
        <source>Upload paused; the parts sent stay in the bucket and a resume sends only the others.</source>
        <translation>アップロードを一時停止しました。送信済みのパートはバケットに残り、再開時には残りのパートだけを送信します。</translation>
    </message>
    <message>
        <source>The upload stopped: %1 Resuming it sends only the missing parts.</source>
        <translation>アップロードが停止しました: %1 再開すると不足しているパートだけを送信します。</translation>
    </message>
    <message>
        <source>The import could not be sent: the cloud profile is not available. Resume sends it.</source>
        <translation>インポートを送信できませんでした: クラウドプロファイルを利用できません。再開すると送信します。</translation>
    </message>
    <message>
        <source>The import was not sent: the job history could not be saved (%1). Resume sends it.</source>
        <translation>インポートは送信されませんでした: ジョブ履歴を保存できませんでした (%1)。再開すると送信します。</translation>
    </message>
    <message>
        <source>The import was refused: %1 The object %2 stays in the bucket; method 3 (image file in an OBS bucket) can import it without uploading again.</source>
        <translation>インポートが拒否されました: %1 オブジェクト %2 はバケットに残ります。方法 3 (OBSバケット内のイメージファイル) なら、もう一度アップロードせずにインポートできます。</translation>
    </message>
    <message>
        <source>The object %1 could not be deleted: %2</source>
        <translation>オブジェクト %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The image is active; the object %1 was deleted from the bucket (keep_object is false)</source>
        <translation>イメージは使用可能です。オブジェクト %1 をバケットから削除しました (keep_object が false)</translation>
    </message>
    <message>
        <source>Image copy (IMS)</source>
        <translation>イメージのコピー (IMS)</translation>
    </message>
    <message>
        <source>Image copy to another region (IMS)</source>
        <translation>別のリージョンへのイメージのコピー (IMS)</translation>
    </message>
    <message>
        <source>Image export to OBS (IMS)</source>
        <translation>OBSへのイメージのエクスポート (IMS)</translation>
    </message>
    <message>
        <source>The copy is image %1.</source>
        <translation>コピーはイメージ %1 です。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job names image %1.</source>
        <translation>クラウドのジョブはイメージ %1 を示しています。</translation>
    </message>
    <message>
        <source>Copying the image to region %1 (project %2) as %3</source>
        <translation>イメージをリージョン %1 (プロジェクト %2) に %3 としてコピーしています</translation>
    </message>
    <message>
        <source>Copying the image to a new image %1</source>
        <translation>イメージを新しいイメージ %1 にコピーしています</translation>
    </message>
    <message>
        <source>Exporting the image to OBS %1 (%2)</source>
        <translation>イメージをOBS %1 (%2) にエクスポートしています</translation>
    </message>
    <message>
        <extracomment>%1 = the bitmap file&apos;s name, %2 = bucket:object</extracomment>
        <source>Uploading the RAW file&apos;s bitmap file %1 beside it as %2</source>
        <translation>RAW ファイルのビットマップファイル %1 を %2 として隣にアップロードしています</translation>
    </message>
    <message>
        <extracomment>%1 = bucket:object, %2 = the object&apos;s ETag</extracomment>
        <source>Bitmap file uploaded as %1 (ETag %2)</source>
        <translation>ビットマップファイルを %1 としてアップロードしました (ETag %2)</translation>
    </message>
    <message>
        <extracomment>%1 = the bucket&apos;s name</extracomment>
        <source>IMS could not read the bucket %1. IMS needs permission to read the account&apos;s OBS buckets: grant it where your cloud&apos;s console offers it for image import, and check the bucket&apos;s policy and ACL. Then import the object with method 3.</source>
        <translation>IMS がバケット %1 を読み取れませんでした。IMS にはアカウントの OBSバケットを読み取る権限が必要です。クラウドのコンソールでイメージのインポート用に権限を付与し、バケットのポリシーと ACL を確認してください。その後、方法 3 でオブジェクトをインポートしてください。</translation>
    </message>
</context>
<context>
    <name>JobMonitorView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All jobs</source>
        <comment>job filter</comment>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job filter</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job filter</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>job filter</comment>
        <translation>要確認</translation>
    </message>
    <message>
        <source>No image jobs yet.
Choose “Create image…” to make a private image; its job appears here and is followed until the cloud reports the end.</source>
        <translation>イメージ作成ジョブはまだありません。
「イメージを作成…」を選択してプライベートイメージを作成してください。ジョブはここに表示され、クラウドが終了を報告するまで監視されます。</translation>
    </message>
    <message>
        <source>&amp;Copy Image ID</source>
        <translation>イメージIDをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Poll</source>
        <translation>ポーリングを再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the cloud about this job now</source>
        <translation>このジョブの状態を今すぐクラウドに問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>監視を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop asking the cloud about this job. The cloud keeps working on it.</source>
        <translation>このジョブについてクラウドへの問い合わせを停止します。クラウドでの処理は続行されます。</translation>
    </message>
    <message>
        <source>Remove from &amp;History</source>
        <translation>履歴から削除(&amp;H)</translation>
    </message>
    <message>
        <source>Stop watching “%1”?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」の監視を停止しますか？</translation>
    </message>
    <message>
        <source>Imagewright will stop asking the cloud about this job. The cloud cannot cancel an image job and keeps working on it: the image may still appear in the cloud&apos;s image list.</source>
        <translation>Imagewrightはこのジョブについてクラウドへの問い合わせを停止します。クラウドではイメージ作成ジョブをキャンセルできないため、処理は続行されます。イメージが後でクラウドのイメージ一覧に表示される場合があります。</translation>
    </message>
    <message>
        <source>Remove “%1” from the history?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」を履歴から削除しますか？</translation>
    </message>
    <message>
        <source>This job is still running on the cloud. Removing it only removes it from this list; the cloud keeps working on it.</source>
        <translation>このジョブはクラウドでまだ実行中です。削除してもこの一覧から消えるだけで、クラウドでの処理は続行されます。</translation>
    </message>
    <message>
        <source>Filter by image name, image ID, cloud or status</source>
        <translation>イメージの名前、イメージID、クラウド、状態で絞り込み</translation>
    </message>
    <message>
        <source>Failed or stopped</source>
        <comment>job filter: failed, or no longer watched</comment>
        <translation>失敗または監視停止</translation>
    </message>
    <message>
        <source>&amp;Give Up After…</source>
        <translation>待機の時間制限(&amp;G)…</translation>
    </message>
    <message>
        <source>Stop waiting for this job after a time limit. There is no limit unless you set one.</source>
        <translation>時間制限を過ぎたら、このジョブの待機を停止します。設定しない限り制限はありません。</translation>
    </message>
    <message>
        <source>Time limit for “%1”</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」の時間制限</translation>
    </message>
    <message>
        <source>Stop waiting for this job this many hours after it started (0: no limit). The job then needs attention; the cloud may still finish the work.</source>
        <translation>このジョブの開始からこの時間数が経過したら待機を停止します (0: 制限なし)。その後ジョブは要確認になります。クラウドは処理を完了する可能性があります。</translation>
    </message>
    <message>
        <source>Watch &amp;Again</source>
        <translation>再度監視(&amp;A)</translation>
    </message>
    <message>
        <source>Follow this job again: ask the cloud how it ended</source>
        <translation>このジョブを再度監視します: クラウドに結果を問い合わせます</translation>
    </message>
    <message>
        <source>Only this job&apos;s record is removed from the list; its images stay in the cloud. It cannot be brought back.</source>
        <translation>このジョブの記録だけが一覧から削除されます。イメージはクラウドに残ります。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Reading the job history…</source>
        <translation>ジョブ履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>Res&amp;ume Upload</source>
        <translation>アップロードを再開(&amp;U)</translation>
    </message>
    <message>
        <source>Go on with the stopped upload: only the parts the bucket does not hold are sent.</source>
        <translation>停止したアップロードを続行します: バケットにないパートだけを送信します。</translation>
    </message>
    <message>
        <source>Cancel the upload of “%1”?</source>
        <translation>「%1」のアップロードをキャンセルしますか?</translation>
    </message>
    <message>
        <source>The multipart upload is aborted in the OBS bucket: the parts sent are deleted and nothing is imported. The job ends cancelled.</source>
        <translation>OBSバケットのマルチパートアップロードを中止します: 送信済みのパートは削除され、何もインポートされません。ジョブはキャンセルで終了します。</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>監視停止</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>監視停止中</translation>
    </message>
    <message>
        <source>Unknown kind (%1)</source>
        <extracomment>A job a newer version of the app wrote; %1 = its kind as stored</extracomment>
        <translation>不明な種類 (%1)</translation>
    </message>
    <message>
        <source>Unknown state (%1)</source>
        <extracomment>A job state a newer version of the app wrote; %1 = the state as stored</extracomment>
        <translation>不明な状態 (%1)</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the cloud&apos;s error code, %2 = the cloud&apos;s failure reason (verbatim)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>監視を停止しました</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = our state word, %2 = the cloud&apos;s raw status such as RUNNING</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>作成方法</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 (uploading)</source>
        <extracomment>%1 = our state word (&quot;Running&quot;)</extracomment>
        <translation>%1 (アップロード中)</translation>
    </message>
    <message>
        <source>%1 (waiting for the cloud to be reachable)</source>
        <extracomment>%1 = our state word (&quot;Running&quot;); the cloud cannot be reached at the moment</extracomment>
        <translation>%1 (クラウドへの接続を待機中)</translation>
    </message>
    <message>
        <source>Not watched: Watch Again asks the cloud how it ended</source>
        <translation>監視停止中: 「再度監視」でクラウドに結果を問い合わせます</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>Estimated from the rate the cloud reported; its last answer said %1.</source>
        <translation>クラウドが報告した進み具合から推定した値です。最後の応答では %1 でした。</translation>
    </message>
    <message>
        <extracomment>%1 = our state word (&quot;Running&quot;); a job sent with OS_* variables that no saved profile follows yet (the job details offer &quot;Sign In for These Jobs…&quot;)</extracomment>
        <source>%1 (not followed until you sign in)</source>
        <translation>%1 (サインインするまで追跡されません)</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Validation of a key/value row. %1 = row number in the table, %2 = the message</extracomment>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>metadata key</comment>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>metadata value</comment>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation>項目を削除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>キーチェーンが時間内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>the identity service sent no token or no expiry time</source>
        <translation>認証サービスからトークンまたは有効期限が返されませんでした</translation>
    </message>
    <message>
        <source>no password is stored for this profile</source>
        <translation>このプロファイルにはパスワードが保存されていません</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>キーチェーンを読み取れませんでした（%1）</translation>
    </message>
    <message>
        <source>no application credential secret is stored for this profile</source>
        <translation>このプロファイルのアプリケーション認証情報のシークレットは保存されていません</translation>
    </message>
</context>
<context>
    <name>LibraryImage</name>
    <message>
        <source>Active</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>アップロード待ち</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Imagewright</source>
        <translation>Imagewright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <comment>menu</comment>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation>イメージを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a private image (Ctrl+N)</source>
        <translation>プライベートイメージを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cloud (local)</source>
        <translation>デモクラウド（ローカル）を起動(&amp;D)</translation>
    </message>
    <message>
        <source>Cloud &amp;Profiles…</source>
        <translation>クラウドプロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Imagewright</source>
        <translation>Imagewrightについて(&amp;A)</translation>
    </message>
    <message>
        <source>No cloud profile</source>
        <translation>クラウドプロファイルなし</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar. %1 = cloud profile name, %2 = region</extracomment>
        <translation>プロファイル: %1（%2）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Starting the demo cloud…</source>
        <translation>デモクラウドを起動しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Create image needs a cloud profile: start the demo cloud from the File menu.</source>
        <translation>「イメージを作成」にはクラウドプロファイルが必要です。「ファイル」メニューからデモクラウドを起動してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n image job(s) running</source>
        <extracomment>Status bar. %n = image jobs still running on the cloud</extracomment>
        <translation>
            <numerusform>実行中のイメージ作成ジョブ: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>About Imagewright</source>
        <translation>Imagewrightについて</translation>
    </message>
    <message>
        <source>Imagewright %1

Creates private server images on Huawei Cloud IMS and OpenStack (Nova, Cinder, Glance) and follows every image job until the cloud reports its end.</source>
        <extracomment>%1 = version number</extracomment>
        <translation>Imagewright %1

Huawei Cloud IMSおよびOpenStack（Nova、Cinder、Glance）で仮想サーバのプライベートイメージを作成し、クラウドが終了を報告するまで各イメージ作成ジョブを監視します。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add, edit and test cloud profiles</source>
        <translation>クラウドプロファイルを追加、編集、テストします</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>プロファイル(&amp;R):</translation>
    </message>
    <message>
        <source>The cloud profile the main window works with</source>
        <translation>メインウィンドウで使用するクラウドプロファイル</translation>
    </message>
    <message>
        <source>No password is stored in the system keychain for this profile.</source>
        <translation>このプロファイルのパスワードはシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is used for this session only.</source>
        <extracomment>Status bar. %1 = the keychain&apos;s reason</extracomment>
        <translation>パスワードをシステムのキーチェーンに保存できませんでした（%1）。今回のセッションでのみ使用します。</translation>
    </message>
    <message>
        <source>Image created: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>イメージを作成しました：%1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <extracomment>%1 = image IDs</extracomment>
        <translation>イメージID：%1</translation>
    </message>
    <message>
        <source>Image creation failed: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>イメージの作成に失敗しました：%1</translation>
    </message>
    <message>
        <source>Image job cancelled: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>イメージのジョブをキャンセルしました：%1</translation>
    </message>
    <message>
        <source>Image job needs attention: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>イメージのジョブは要確認です：%1</translation>
    </message>
    <message>
        <source>Cloud not reachable</source>
        <translation>クラウドに接続できません</translation>
    </message>
    <message>
        <source>The cloud of this profile does not answer. Its jobs keep their state and are asked again as soon as it answers.</source>
        <translation>このプロファイルのクラウドが応答しません。ジョブは状態を保持し、応答があり次第、再度照会されます。</translation>
    </message>
    <message>
        <source>The cloud of %1 answers again: its jobs are being asked.</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>%1のクラウドが再び応答しました。ジョブを照会しています。</translation>
    </message>
    <message>
        <source>The cloud of %1 cannot be reached: its jobs wait for it.</source>
        <translation>%1のクラウドに接続できません。ジョブは接続を待機しています。</translation>
    </message>
    <message>
        <source>Quit While Uploading</source>
        <translation>アップロード中の終了</translation>
    </message>
    <message numerus="yes">
        <source>Imagewright is still uploading %n image file(s). If you quit now, the upload stops: the image stays queued on the cloud and its job is marked incomplete, to be resumed or deleted later.</source>
        <translation>
            <numerusform>Imagewright はまだ %n 個のイメージファイルをアップロード中です。今終了するとアップロードは停止します: イメージはクラウド上でキュー状態のままとなり、そのジョブは未完了になります。後でアップロードを再開するか、イメージを削除できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit and Make It Incomplete</source>
        <translation>終了して未完了にする(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Show &amp;Image</source>
        <translation>イメージを表示(&amp;I)</translation>
    </message>
    <message>
        <source>Show the job&apos;s image in the image library</source>
        <translation>ジョブのイメージをイメージライブラリに表示します</translation>
    </message>
    <message>
        <source>Profile Toolbar</source>
        <translation>プロファイルツールバー</translation>
    </message>
    <message>
        <source>The system keychain did not save a secret of the profile &quot;%1&quot; (%2). Open Cloud Profiles… to save it again or to use it for this session only.</source>
        <translation>システムのキーチェーンにプロファイル「%1」のシークレットを保存できませんでした（%2）。「クラウドプロファイル…」を開いて、もう一度保存するか、このセッションだけ使ってください。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>This version of Imagewright does not build it yet.</source>
        <translation>このバージョンのImagewrightは、この方法にまだ対応していません。</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>%1 clouds have no Image Management Service (IMS).</source>
        <extracomment>%1 = cloud family, e.g. &quot;FJcloud-O&quot; or &quot;OpenStack&quot;</extracomment>
        <translation>%1のクラウドにはイメージ管理サービス（IMS）がありません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s service catalog lists no “%1” service.</source>
        <extracomment>%1 = a service type of the Keystone catalog, e.g. &quot;image&quot; or &quot;volumev3&quot;</extracomment>
        <translation>クラウドのサービスカタログに「%1」サービスがありません。</translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation>イメージを作成</translation>
    </message>
    <message>
        <source>Choose how the private image is made.</source>
        <translation>プライベートイメージの作成方法を選択してください。</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <extracomment>Shown under a creation method that cannot be chosen. %1 = the reason(s)</extracomment>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>Checking which services the cloud offers…</source>
        <translation>クラウドが提供するサービスを確認しています…</translation>
    </message>
    <message>
        <source>Not in the wizard yet: send a request file of method %1 with imagewright submit.</source>
        <translation>ウィザードでは未対応です: 方法 %1 のリクエストファイルを imagewright submit で送信してください。</translation>
    </message>
</context>
<context>
    <name>NovaCreateImageRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>イメージの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name may have at most %1 bytes of UTF-8; this one has %2. Letters outside ASCII take two to four bytes each.</source>
        <extracomment>%1 = the limit (242), %2 = the name&apos;s size; bytes of UTF-8, not characters</extracomment>
        <translation>名前はUTF-8で%1バイト以内にしてください（現在%2バイト）。ASCII以外の文字は1文字につき2～4バイトになります。</translation>
    </message>
    <message>
        <source>The name may not start or end with a space.</source>
        <translation>名前の先頭と末尾にはスペースを使用できません。</translation>
    </message>
    <message>
        <source>The name may not contain control characters such as tabs or line breaks.</source>
        <translation>名前にはタブや改行などの制御文字を使用できません。</translation>
    </message>
    <message>
        <source>Choose the server to make the image from.</source>
        <translation>イメージの作成元の仮想サーバを選択してください。</translation>
    </message>
    <message>
        <source>Enter a key for this metadata item.</source>
        <translation>このメタデータ項目のキーを入力してください。</translation>
    </message>
    <message>
        <source>A metadata key may have at most %1 characters.</source>
        <translation>メタデータのキーは%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A metadata key may only contain ASCII letters, digits, spaces and - _ : .</source>
        <translation>メタデータのキーに使用できるのは、ASCIIの英字、数字、スペース、- _ : . のみです。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice.</source>
        <translation>キー「%1」が2回使用されています。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is reserved: Imagewright uses it to find the image again.</source>
        <translation>キー「%1」は予約されています。Imagewrightがイメージを再び見つけるために使用します。</translation>
    </message>
    <message>
        <source>A metadata value may have at most %1 characters.</source>
        <translation>メタデータの値は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The body must be {&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}.</source>
        <translation>リクエストボディは{&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}の形式にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>「%1」は文字列で指定してください。</translation>
    </message>
    <message>
        <source>The metadata value of &quot;%1&quot; must be a text.</source>
        <translation>「%1」のメタデータの値は文字列で指定してください。</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object of texts, e.g. {&quot;ImageType&quot;: &quot;Gold&quot;}.</source>
        <translation>「metadata」は値が文字列のオブジェクトで指定してください（例: {&quot;ImageType&quot;: &quot;Gold&quot;}）。</translation>
    </message>
</context>
<context>
    <name>NovaPage</name>
    <message>
        <source>The compute service snapshots the server into a new private image. The name and metadata follow Nova&apos;s rules.</source>
        <translation>コンピュートサービスが仮想サーバのスナップショットから新しいプライベートイメージを作成します。名前とメタデータはNovaのルールに従います。</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>イメージの名前(&amp;E):</translation>
    </message>
    <message>
        <source>1–%1 bytes of UTF-8, no leading or trailing space</source>
        <extracomment>%1 = the byte limit (242)</extracomment>
        <translation>UTF-8で1～%1バイト、先頭と末尾にスペース不可</translation>
    </message>
    <message>
        <source>Metadata</source>
        <comment>group box title: image properties</comment>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Optional image properties. Keys: ASCII letters, digits, spaces and - _ : . (up to 255); values up to 255 characters.</source>
        <translation>イメージの任意のプロパティ。キー: 英数字、スペース、- _ : .（255文字まで）。値: 255文字まで。</translation>
    </message>
    <message>
        <source>Before you choose this method:
• Servers created from this image must be in the same availability zone as the original server.
• The image cannot be exported to an OBS bucket; use the IMS system disk image method for that.
• Deleting the image does not delete its snapshots, and deleting the server does not delete the image: remove them yourself.
• The image cannot be used to create data disks.
• Imagewright adds the metadata item %1 to find the image again.</source>
        <extracomment>%1 = the reserved metadata key, imagewright_op</extracomment>
        <translation>この方法を選ぶ前に:
• このイメージから作成する仮想サーバは、元の仮想サーバと同じAvailability Zoneに置く必要があります。
• このイメージはOBSバケットへエクスポートできません。その場合はIMSのシステムディスクイメージ作成方法を使ってください。
• イメージを削除してもスナップショットは削除されず、仮想サーバを削除してもイメージは削除されません。ご自身で削除してください。
• このイメージからデータディスクは作成できません。
• Imagewrightはイメージを再び見つけるため、メタデータ項目 %1 を追加します。</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>仮想サーバ</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <extracomment>%1 = bytes of UTF-8 the name uses, %2 = the limit (242)</extracomment>
        <translation>%1 / %2 バイト</translation>
    </message>
</context>
<context>
    <name>ObsDataDiskEditor</name>
    <message>
        <source>Data disk %1</source>
        <extracomment>%1 = 1, 2 or 3</extracomment>
        <translation>データディスク%1</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <comment>OBS file of a data disk</comment>
        <translation>イメージファイル(&amp;F):</translation>
    </message>
    <message>
        <source>bucket:file, e.g. %1</source>
        <translation>bucket:file（例: %1）</translation>
    </message>
    <message>
        <source>Minimum disk size (&amp;GB):</source>
        <extracomment>GB = gigabytes</extracomment>
        <translation>最小ディスク (GB)(&amp;G):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1～%2 GB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>イメージの名前(&amp;N):</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>省略可</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Quick import</source>
        <translation>高速インポート(&amp;Q)</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove this data disk</comment>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>OpenStackEnv</name>
    <message>
        <source>The OpenStack environment is incomplete: %1 not set. Set them (e.g. source your openrc file) or use --profile.</source>
        <extracomment>%1 = list of environment variable names</extracomment>
        <translation>OpenStackの環境変数が不足しています: %1が設定されていません。これらを設定する（例: openrcファイルをsourceで読み込む）か、--profileを使用してください。</translation>
    </message>
    <message>
        <source>%1 other than &quot;default&quot; is not supported by this version yet; set %2 instead.</source>
        <extracomment>%1 = e.g. OS_USER_DOMAIN_ID, %2 = e.g. OS_USER_DOMAIN_NAME</extracomment>
        <translation>このバージョンは「default」以外の%1にまだ対応していません。代わりに%2を設定してください。</translation>
    </message>
    <message>
        <source>OS_INTERFACE must be public, internal or admin, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value of OS_INTERFACE</extracomment>
        <translation>OS_INTERFACEにはpublic、internal、adminのいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Environment (%1@%2)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = user, %2 = project</extracomment>
        <translation>環境変数（%1@%2）</translation>
    </message>
    <message>
        <source>OS_AUTH_TYPE=%1 is not supported by this version yet; only password and application credential authentication are.</source>
        <extracomment>%1 = the value of OS_AUTH_TYPE</extracomment>
        <translation>このバージョンはOS_AUTH_TYPE=%1にまだ対応していません。対応しているのはパスワード認証とアプリケーションクレデンシャル認証のみです。</translation>
    </message>
    <message>
        <source>Environment (application credential %1)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = the credential&apos;s ID or name</extracomment>
        <translation>環境変数（アプリケーションクレデンシャル %1）</translation>
    </message>
    <message>
        <source>OS_IDENTITY_API_VERSION=%1: Imagewright needs Keystone v3.</source>
        <translation>OS_IDENTITY_API_VERSION=%1: ImagewrightにはKeystone v3が必要です。</translation>
    </message>
    <message>
        <source>OS_CLOUD is &quot;%1&quot;, but no clouds.yaml was found (OS_CLIENT_CONFIG_FILE, the current folder, ~/.config/openstack, /etc/openstack).</source>
        <extracomment>%1 = the value of OS_CLOUD</extracomment>
        <translation>OS_CLOUD は &quot;%1&quot; ですが、clouds.yaml が見つかりません (OS_CLIENT_CONFIG_FILE、現在のフォルダー、~/.config/openstack、/etc/openstack)。</translation>
    </message>
    <message>
        <source>%2 has no cloud &quot;%1&quot; (for this OS_REGION_NAME, if set).</source>
        <extracomment>%1 = the value of OS_CLOUD, %2 = the clouds.yaml file</extracomment>
        <translation>%2 にクラウド &quot;%1&quot; がありません (OS_REGION_NAME が設定されている場合はそのリージョンで)。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml cannot be used: %2</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml, %2 = why it cannot be used</extracomment>
        <translation>clouds.yaml のクラウド &quot;%1&quot; は使用できません: %2</translation>
    </message>
    <message>
        <source>AK/SK clouds of clouds.yaml are not used by submit: import the cloud as a profile (Profiles… → Import…) and use --profile.</source>
        <translation>clouds.yaml の AK/SK クラウドは submit では使用しません。クラウドをプロファイルとしてインポートし (クラウドプロファイル → インポート…)、--profile を使用してください。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml has no application_credential_secret (nor secure.yaml).</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>clouds.yaml のクラウド &quot;%1&quot; には application_credential_secret がありません (secure.yaml にもありません)。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml has no password (nor secure.yaml); submit cannot ask for one.</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>clouds.yaml のクラウド &quot;%1&quot; にはパスワードがありません (secure.yaml にもありません)。submit はパスワードを尋ねることができません。</translation>
    </message>
    <message>
        <source>clouds.yaml (%1)</source>
        <extracomment>Name of the profile made from OS_CLOUD. %1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>clouds.yaml (%1)</translation>
    </message>
</context>
<context>
    <name>OpenrcImport</name>
    <message>
        <source>a quote is not closed on this line</source>
        <translation>この行で引用符が閉じられていません</translation>
    </message>
    <message>
        <source>command substitution is not run</source>
        <translation>コマンド置換は実行しません</translation>
    </message>
    <message>
        <source>only simple variable assignments are read</source>
        <translation>単純な変数の代入のみを読み取ります</translation>
    </message>
    <message>
        <source>only $NAME and ${NAME} expansions are read</source>
        <translation>$NAMEと${NAME}の展開のみを読み取ります</translation>
    </message>
    <message>
        <source>line %1: %2; it is not used.</source>
        <extracomment>%1 = line number, %2 = why the line is not used (never its values)</extracomment>
        <translation>%1行目: %2。この行は使用しません。</translation>
    </message>
    <message>
        <source>a read command without a variable name</source>
        <translation>変数名のないreadコマンドです</translation>
    </message>
    <message>
        <source>the command %1 is not run</source>
        <extracomment>%1 = a command name from the file (e.g. source)</extracomment>
        <translation>コマンド%1は実行しません</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>%1を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 sets no OS_* variables: it is not an openrc file.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1はOS_*変数を設定していないため、openrcファイルではありません。</translation>
    </message>
    <message>
        <source>The password is not in the file (it asks for it when sourced): Imagewright asks for it at the first sign-in.</source>
        <translation>パスワードはファイルに含まれていません（sourceで読み込むときに入力を求める形式です）。最初のサインイン時にImagewrightが入力を求めます。</translation>
    </message>
    <message>
        <source>No secret in the file: Imagewright asks for it at the first sign-in.</source>
        <translation>ファイルにシークレットがありません。最初のサインイン時にImagewrightが入力を求めます。</translation>
    </message>
    <message>
        <source>%1 is not set in the file.</source>
        <extracomment>%1 = a variable name such as OS_AUTH_URL</extracomment>
        <translation>%1がファイルで設定されていません。</translation>
    </message>
    <message>
        <source>Region %1 taken from the identity URL.</source>
        <extracomment>%1 = region</extracomment>
        <translation>リージョン%1は認証URLから取得しました。</translation>
    </message>
    <message>
        <source>OS_CLOUD names the cloud &quot;%1&quot; of a clouds.yaml: import that file for its settings.</source>
        <extracomment>%1 = the cloud name OS_CLOUD gives</extracomment>
        <translation>OS_CLOUDはclouds.yamlのクラウド「%1」を指しています。その設定はclouds.yamlからインポートしてください。</translation>
    </message>
    <message>
        <source>The token in the file is not imported: a token expires.</source>
        <translation>ファイル内のトークンはインポートしません。トークンには有効期限があります。</translation>
    </message>
</context>
<context>
    <name>OsVersionPicker</name>
    <message>
        <source>Reading the OS versions IMS accepts…</source>
        <translation>IMSが受け付けるOSバージョンを読み込んでいます…</translation>
    </message>
    <message>
        <source>The cloud&apos;s OS version list could not be read (%1).</source>
        <translation>クラウドのOSバージョン一覧を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>Choose an OS version</source>
        <comment>first entry of the OS version list</comment>
        <translation>OSバージョンを選択</translation>
    </message>
    <message>
        <source>%1 Type the OS version instead, exactly as IMS lists it.</source>
        <extracomment>%1 = why the list could not be read</extracomment>
        <translation>%1 代わりに、IMSの一覧の表記どおりにOSバージョンを入力してください。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload a list from the cloud</comment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the OS version list from the cloud again</source>
        <translation>OSバージョン一覧をクラウドから再度読み込みます</translation>
    </message>
    <message>
        <source>Type a version that is not listed</source>
        <translation>一覧にないバージョンを入力</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password Needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>Enter the password of user %2 for the cloud profile “%1”.</source>
        <extracomment>%1 = cloud profile name, %2 = user name</extracomment>
        <translation>クラウドプロファイル「%1」のユーザー%2のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>押している間、パスワードを表示します</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use for this session only (forgotten when Imagewright quits)</source>
        <translation>今回のセッションでのみ使用（Imagewrightの終了時に破棄）(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>The identity URL %1 has no scheme: https is used.</source>
        <extracomment>%1 = the address as the file gives it</extracomment>
        <translation>認証URL %1にスキームがないため、httpsを使用します。</translation>
    </message>
    <message>
        <source>The identity URL %1 is not an http(s) address.</source>
        <extracomment>%1 = the identity URL as the file gives it</extracomment>
        <translation>認証URL %1はhttp(s)のアドレスではありません。</translation>
    </message>
    <message>
        <source>The identity URL points at Keystone v2.0; Imagewright needs Keystone v3.</source>
        <translation>認証URLがKeystone v2.0を指しています。ImagewrightにはKeystone v3が必要です。</translation>
    </message>
    <message>
        <source>The identity URL has no version: %1 is used (what Keystone&apos;s version discovery finds).</source>
        <extracomment>%1 = the identity URL with /v3 added</extracomment>
        <translation>認証URLにバージョンがないため、%1を使用します（Keystoneのバージョン検出で見つかるアドレスです）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profile name made unique. %1 = the name, %2 = a number from 2</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>キーチェーンへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Cloud Profiles</source>
        <translation>クラウドプロファイル</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new cloud profile</source>
        <translation>新しいクラウドプロファイルを追加します</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new profile from a copy of this one</source>
        <translation>このプロファイルのコピーから新しいプロファイルを作成します</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — the profile in use</source>
        <extracomment>Tooltip in the profile list. %1 = cloud family</extracomment>
        <translation>%1 — 使用中のプロファイル</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <extracomment>Profile list entry of a profile that is not saved yet. %1 = its name</extracomment>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved. Discard them?</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>プロファイル「%1」には保存されていない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile. %1 = the original&apos;s name</extracomment>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Make profiles from a clouds.yaml or an openrc file</source>
        <translation>clouds.yamlまたはopenrcファイルからプロファイルを作成します</translation>
    </message>
    <message>
        <source>Delete this profile and remove its secrets from the system keychain</source>
        <translation>このプロファイルを削除し、そのシークレットをシステムのキーチェーンから削除します</translation>
    </message>
    <message>
        <source>Delete the cloud profile “%1”? Its secrets (password, application credential secret or AK/SK keys) are removed from the system keychain. Image jobs already on the cloud are not affected.</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>クラウドプロファイル「%1」を削除しますか？シークレット（パスワード、アプリケーション認証情報のシークレット、またはAK/SKキー）はシステムのキーチェーンから削除されます。クラウド上の既存のイメージ作成ジョブには影響しません。</translation>
    </message>
</context>
<context>
    <name>ProxyField</name>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <source>From the environment or the system</source>
        <translation>環境変数またはシステムの設定</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>なし: 直接接続</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>次のプロキシ:</translation>
    </message>
    <message>
        <source>The environment means https_proxy, http_proxy and no_proxy as curl reads them, else the system&apos;s proxy settings.</source>
        <translation>環境変数とは、curl と同じように読み取る https_proxy、http_proxy、no_proxy のことです。設定されていない場合はシステムのプロキシ設定を使います。</translation>
    </message>
    <message>
        <source>Proxy URL, e.g. http://proxy.example.com:3128</source>
        <translation>プロキシの URL (例: http://proxy.example.com:3128)</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>The proxy set in %1 cannot be used: %2</source>
        <extracomment>%1 = an environment variable such as https_proxy or &quot;the profile&quot;, %2 = the reason</extracomment>
        <translation>%1 で設定されたプロキシは使用できません: %2</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>no proxy address is given</source>
        <translation>プロキシのアドレスが指定されていません</translation>
    </message>
    <message>
        <source>a proxy address has no spaces or control characters</source>
        <translation>プロキシのアドレスに空白や制御文字は使えません</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address such as http://proxy.example.com:3128</source>
        <extracomment>%1 = the proxy address as given, without its password</extracomment>
        <translation>「%1」は http://proxy.example.com:3128 のようなプロキシのアドレスではありません</translation>
    </message>
    <message>
        <source>proxies of the kind “%1” are not supported; use an http:// or socks5:// proxy</source>
        <extracomment>%1 = a URL scheme such as https or socks4</extracomment>
        <translation>種類「%1」のプロキシには対応していません。http:// または socks5:// のプロキシを使ってください</translation>
    </message>
    <message>
        <source>A proxy password is not stored in a profile. Leave it out here and set the proxy with its password in the https_proxy and http_proxy environment variables, with the profile&apos;s proxy set to “From the environment or the system”.</source>
        <translation>プロキシのパスワードはプロファイルに保存されません。ここでは省略し、パスワードを含むプロキシを環境変数 https_proxy と http_proxy に設定して、プロファイルのプロキシを「環境変数またはシステムの設定」にしてください。</translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <extracomment>%1 = the JSON parser&apos;s message, %2 = character offset in the file</extracomment>
        <translation>ファイルが有効なJSONではありません: %1（%2文字目）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>ファイルには1つのJSONオブジェクトを記述してください。</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a whole number.</source>
        <translation>「format」は整数で指定してください。</translation>
    </message>
    <message>
        <source>Request file format %1 is not supported; this version reads format %2.</source>
        <extracomment>%1 = the format number in the file, %2 = the one this version reads</extracomment>
        <translation>リクエストファイルの形式%1には対応していません。このバージョンが読み込めるのは形式%2です。</translation>
    </message>
    <message>
        <source>&quot;method&quot; is missing.</source>
        <translation>「method」がありません。</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a text.</source>
        <translation>「method」は文字列で指定してください。</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;. Known methods: %2.</source>
        <extracomment>%1 = the method named in the file, %2 = the list of method keys</extracomment>
        <translation>不明な作成方法「%1」です。使用可能な作成方法: %2。</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a JSON object.</source>
        <translation>「params」はJSONオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>&quot;body&quot; is missing.</source>
        <translation>「body」がありません。</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be a JSON object.</source>
        <translation>「body」はJSONオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not part of a request file and is ignored.</source>
        <extracomment>%1 = a top-level key of the request file</extracomment>
        <translation>キー「%1」はリクエストファイルの項目ではないため、無視されます。</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; (%2) is not supported by this version yet.</source>
        <extracomment>%1 = the method key, e.g. nova-create-image; %2 = the method&apos;s title</extracomment>
        <translation>このバージョンは作成方法「%1」（%2）にまだ対応していません。</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a path.</source>
        <translation>「file」はパスで指定してください。</translation>
    </message>
    <message>
        <source>params.%1 is not used by the method &quot;%2&quot; and is ignored.</source>
        <extracomment>%1 = a key under &quot;params&quot;, %2 = the method key</extracomment>
        <translation>params.%1は作成方法「%2」では使用されないため、無視されます。</translation>
    </message>
    <message>
        <source>body.%1 is not a field Imagewright knows; it is sent to the cloud as given.</source>
        <extracomment>%1 = a key of the request body the app does not know</extracomment>
        <translation>body.%1はImagewrightが認識しないフィールドです。指定どおりにクラウドへ送信されます。</translation>
    </message>
    <message>
        <source>Cannot read the request file %1: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>リクエストファイル%1を読み取れません: %2</translation>
    </message>
    <message>
        <source>Give the image file to upload: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relative to the request file&apos;s folder, or absolute).</source>
        <translation>アップロードするイメージファイルを指定してください: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (リクエストファイルのフォルダーからの相対パス、または絶対パス)。</translation>
    </message>
    <message>
        <source>The image file %1 does not exist.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>イメージファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The image file %1 is not a readable file.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>イメージファイル %1 は読み取り可能なファイルではありません。</translation>
    </message>
    <message>
        <source>The image file %1 is empty.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>イメージファイル %1 は空です。</translation>
    </message>
</context>
<context>
    <name>RestJob</name>
    <message>
        <source>the service catalog has no &quot;%1&quot; endpoint for this region</source>
        <extracomment>%1 = a service type such as &quot;compute&quot; or &quot;image&quot;</extracomment>
        <translation>サービスカタログにこのリージョンの「%1」エンドポイントがありません</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>無効なアドレス「%1」</translation>
    </message>
    <message>
        <source>%1 is not an address of the cloud&apos;s service catalog</source>
        <extracomment>%1 = a URL</extracomment>
        <translation>%1はクラウドのサービスカタログに含まれるアドレスではありません</translation>
    </message>
    <message>
        <source>the answer ended after %1 of %2 bytes</source>
        <extracomment>A technical detail after &quot;The connection was lost before the cloud answered.&quot; %1 = bytes received, %2 = bytes announced by the cloud (Content-Length)</extracomment>
        <translation>応答は%2バイト中%1バイトで途切れました</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>リクエストID: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>wizard page title</comment>
        <translation>確認</translation>
    </message>
    <message>
        <source>This is the request Create sends, exactly. The cloud then works on the image as an asynchronous job, which the monitor follows.</source>
        <translation>［作成］で送信されるリクエストそのものです。その後、クラウドはイメージを非同期ジョブとして処理し、ジョブモニターがそれを監視します。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <comment>create the image</comment>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>作成方法:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>リクエスト(&amp;R):</translation>
    </message>
    <message>
        <source>Sending the request to the cloud…</source>
        <translation>クラウドにリクエストを送信しています…</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 so that it can find this job again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker tag, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewrightはタグ%1を追加します。これにより、クラウドの応答が途中で失われても、このジョブを再び見つけることができます。</translation>
    </message>
    <message>
        <source>Save Request File</source>
        <translation>リクエストファイルを保存</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>リクエストファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The request file %1 could not be saved: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>リクエストファイル%1を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Send it later with: imagewright submit FILE</source>
        <extracomment>%1 = file path</extracomment>
        <translation>%1に保存しました。後で次のコマンドで送信できます: imagewright submit FILE</translation>
    </message>
    <message>
        <source>Copied. Set OS_TOKEN to a token of this project before running it. Running it creates an image the monitor does not follow.</source>
        <translation>コピーしました。実行する前に、OS_TOKENにこのプロジェクトのトークンを設定してください。このコマンドで作成したイメージは、ジョブモニターでは監視されません。</translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation>リクエストを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save these inputs as a request file, to send later with imagewright submit or open again.</source>
        <translation>入力内容をリクエストファイルとして保存します。後でimagewright submitで送信したり、再び開いたりできます。</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curlコマンドとしてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy this request as a curl command line. The token is left as $OS_TOKEN.</source>
        <translation>このリクエストをcurlのコマンドラインとしてコピーします。トークンは$OS_TOKENのままになります。</translation>
    </message>
    <message>
        <source>&lt;negotiated when sending&gt;</source>
        <extracomment>A request header shown on the review page; the microversion is chosen when sending</extracomment>
        <translation>&lt;送信時に決定&gt;</translation>
    </message>
    <message>
        <source>Imagewright adds the metadata item %1 so that it can find the image again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker metadata item, e.g. imagewright_op=1b2c...</extracomment>
        <translation>クラウドの応答が途中で失われても再びイメージを見つけられるよう、Imagewrightはメタデータ項目 %1 を追加します。</translation>
    </message>
    <message>
        <source>No marker can be added to this request: if the cloud&apos;s answer is lost, Imagewright finds the image by the volume, the image name and the time.</source>
        <translation>このリクエストにはマーカーを追加できません。クラウドの応答が失われた場合、Imagewrightはボリューム、イメージ名、時刻からイメージを探します。</translation>
    </message>
    <message>
        <source>then: PUT …/v2/images/&lt;id&gt;/file with the image file (%1), Content-Type: application/octet-stream, a fresh token</source>
        <extracomment>The second request of the Glance method, shown on the review page. %1 = file size</extracomment>
        <translation>続いて: イメージファイル (%1) を PUT …/v2/images/&lt;id&gt;/file、Content-Type: application/octet-stream、新しいトークンで送信</translation>
    </message>
    <message>
        <source>Imagewright chooses the image ID %1 itself, so that it can find the image again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the image ID Imagewright chose</extracomment>
        <translation>クラウドの応答が途中で失われてもイメージを見つけられるよう、Imagewright はイメージ ID %1 を自分で選びます。</translation>
    </message>
    <message>
        <source>Copied. This profile signs its requests with AK/SK, which curl cannot do: the command authenticates with a token instead. Set OS_TOKEN to an IAM token of this project before running it. Running it creates an image the monitor does not follow.</source>
        <translation>コピーしました。このプロファイルはリクエストにAK/SKで署名しますが、curlではできないため、コマンドはトークンで認証します。実行する前に、OS_TOKENにこのプロジェクトのIAMトークンを設定してください。このコマンドで作成したイメージは、ジョブモニターでは監視されません。</translation>
    </message>
    <message>
        <source>Copy this request as a curl command line. curl cannot sign with AK/SK: the command uses a token, left as $OS_TOKEN.</source>
        <translation>このリクエストをcurlのコマンドラインとしてコピーします。curlはAK/SKで署名できないため、コマンドはトークンを使用し、$OS_TOKENのままになります。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>作成方法</translation>
    </message>
    <message>
        <source>Check what will be made, then Create. Under Request is exactly what is sent.</source>
        <translation>作成される内容を確認してから「作成」を押してください。「リクエスト」には送信される内容がそのまま表示されます。</translation>
    </message>
    <message>
        <source>Sen&amp;t to:</source>
        <translation>送信先(&amp;T):</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>first: the file %1 (%2) uploaded to OBS as %3 in parts (multipart upload)</source>
        <translation>最初に: ファイル %1 (%2) を %3 として OBS に分割アップロード (マルチパートアップロード)</translation>
    </message>
    <message>
        <extracomment>Added to the upload line of a RAW quick import. %1 = the upload line, %2 = the bitmap file&apos;s name, %3 = bucket:object</extracomment>
        <source>%1, then its bitmap file %2 as %3</source>
        <translation>%1、続いてビットマップファイル %2 を %3 として</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message numerus="yes">
        <source>The demo cloud&apos;s data did not all arrive within %n second(s); the screenshot shows what had arrived.</source>
        <extracomment>--screenshot mode, on stderr. %n = seconds waited</extracomment>
        <translation>
            <numerusform>デモクラウドのデータが%n秒以内にすべて届きませんでした。スクリーンショットには、届いた分だけが表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>一時フォルダーを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The wizard could not be opened: there is no cloud profile.</source>
        <translation>ウィザードを開けませんでした: クラウドプロファイルがありません。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>スクリーンショットを%1に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s server list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>クラウドの仮想サーバ一覧を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>Running: stop it for a consistent image</source>
        <translation>実行中: 整合性のあるイメージにするには停止してください</translation>
    </message>
    <message>
        <source>IMS makes images only of a stopped or running ECS; this one is %1.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>IMSがイメージを作成できるのは、停止中または実行中のECSのみです。このECSの状態は%1です。</translation>
    </message>
    <message>
        <source>A task is in progress on this ECS (%1); IMS refuses it until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>このECSではタスクが進行中です（%1）。タスクが終了するまで、IMSはこのECSを受け付けません。</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>検索(&amp;R):</translation>
    </message>
    <message>
        <source>Name, status or ID</source>
        <translation>名前、状態、ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>server name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>server status column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>server ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a server can&apos;t be used</comment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Loading the ECS list from the cloud…</source>
        <translation>クラウドからECS一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>The ECS list could not be loaded.</source>
        <translation>ECS一覧を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n ECS(s) listed, %1 usable for an image.</source>
        <extracomment>%n = ECSs listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>%n台のECSを表示中。イメージ作成に使用できるのは%1台です。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is running. IMS accepts a running ECS, but stop it first for a consistent image: files being written while the image is made may be captured half-way.</source>
        <extracomment>%1 = server name</extracomment>
        <translation>「%1」は実行中です。IMSは実行中のECSも受け付けますが、整合性のあるイメージにするため、先に停止してください。イメージ作成中に書き込まれているファイルが、書き込み途中の状態で取り込まれる可能性があります。</translation>
    </message>
    <message>
        <source>Nova cannot snapshot a server in %1 state.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>Novaは状態が %1 の仮想サーバのスナップショットを取得できません。</translation>
    </message>
    <message>
        <source>A task is in progress on this server (%1); Nova refuses a snapshot until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>この仮想サーバでタスクが実行中です（%1）。タスクが終わるまでNovaはスナップショットを受け付けません。</translation>
    </message>
</context>
<context>
    <name>StreamUpload</name>
    <message>
        <source>the cloud sent a malformed HTTP response</source>
        <translation>クラウドが不正な形式のHTTP応答を返しました</translation>
    </message>
    <message>
        <source>the cloud answered before the whole file was sent</source>
        <translation>ファイル全体を送信する前にクラウドが応答しました</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Sends the request file to the cloud and records the job in the job monitor.</source>
        <translation>リクエストファイルをクラウドに送信し、ジョブをジョブモニターに記録します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The saved cloud profile to use (name or id). Without it, the OpenStack environment (OS_AUTH_URL, OS_USERNAME, ...) is used.</source>
        <translation>使用する保存済みクラウドプロファイル（名前またはID）。省略すると、OpenStackの環境変数（OS_AUTH_URL、OS_USERNAME、...）が使用されます。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command line value name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Wait until the cloud has finished the image, then print its ID.</source>
        <translation>クラウドがイメージの作成を完了するまで待機し、そのIDを出力します。</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit code 4; the job stays in the monitor).</source>
        <translation>指定した秒数が経過したら待機を打ち切ります（終了コード4。ジョブはジョブモニターに残ります）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>command line value name</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The kind of cloud: %1. Default: guessed from the auth URL.</source>
        <extracomment>%1 = the list of family keys</extracomment>
        <translation>クラウドの種類: %1。省略時は認証URLから推測します。</translation>
    </message>
    <message>
        <source>family</source>
        <comment>command line value name</comment>
        <translation>種類</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>The request file (JSON; see docs/request-files.md).</source>
        <translation>リクエストファイル（JSON。docs/request-files.mdを参照）。</translation>
    </message>
    <message>
        <source>Give the request file: imagewright submit REQUEST.json</source>
        <translation>リクエストファイルを指定してください: imagewright submit REQUEST.json</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profileにはプロファイル名が必要です。</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--timeoutには0より大きい整数の秒数を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Unknown family &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>不明なクラウドの種類「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>%1 = a warning about the request file</extracomment>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The request file %1 is not valid; nothing was sent:</source>
        <extracomment>%1 = the request file&apos;s path</extracomment>
        <translation>リクエストファイル%1は無効です。何も送信していません:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>One validation message. %1 = field path such as body.name, %2 = message</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>No saved cloud profile is called &quot;%1&quot;. Saved profiles: %2</source>
        <extracomment>%1 = the profile asked for, %2 = the saved profile names</extracomment>
        <translation>「%1」という名前の保存済みクラウドプロファイルはありません。保存済みのプロファイル: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Several saved profiles are called &quot;%1&quot;; give its id instead.</source>
        <extracomment>%1 = the profile name</extracomment>
        <translation>「%1」という名前の保存済みプロファイルが複数あります。代わりにIDを指定してください。</translation>
    </message>
    <message>
        <source>No cloud given: use --profile NAME, or set OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME (e.g. source your openrc file).</source>
        <translation>クラウドが指定されていません。--profile NAMEを使用するか、OS_AUTH_URL、OS_USERNAME、OS_PASSWORD、OS_PROJECT_NAMEを設定してください（例: openrcファイルをsourceで読み込む）。</translation>
    </message>
    <message>
        <source>%1 is not offered by %2 clouds.</source>
        <extracomment>%1 = method title, %2 = cloud family name</extracomment>
        <translation>%2のクラウドでは「%1」を利用できません。</translation>
    </message>
    <message>
        <source>warning: %1 (The family was guessed from the auth URL; --family says it.) Trying anyway.</source>
        <extracomment>%1 = the sentence above</extracomment>
        <translation>警告: %1（クラウドの種類は認証URLから推測したものです。--familyで指定できます。）このまま試行します。</translation>
    </message>
    <message>
        <source>The cloud profile could not be opened.</source>
        <translation>クラウドプロファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <extracomment>%1 = auth URL</extracomment>
        <translation>%1にサインインしています…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <extracomment>%1 = why signing in failed</extracomment>
        <translation>サインインできませんでした: %1</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no image service, which this method needs.</source>
        <translation>クラウドのサービスカタログに、この作成方法に必要なイメージサービスがありません。</translation>
    </message>
    <message>
        <source>Sending the create request for “%1” to %2…</source>
        <extracomment>%1 = the image name, %2 = the URL the create goes to</extracomment>
        <translation>「%1」の作成リクエストを%2に送信しています…</translation>
    </message>
    <message>
        <source>The cloud refused the request: %1</source>
        <extracomment>%1 = the cloud&apos;s answer</extracomment>
        <translation>クラウドがリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>リクエストID: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1 The job is in the monitor as “needs attention”; do not simply send it again.</source>
        <extracomment>%1 = why the outcome is unknown</extracomment>
        <translation>結果は不明です: %1 ジョブは「要確認」としてジョブモニターに記録されています。そのまま再送信しないでください。</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1.</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>クラウドがジョブ%1として受け付けました。</translation>
    </message>
    <message>
        <source>Waiting for the cloud to finish the image…</source>
        <translation>クラウドがイメージの作成を完了するのを待っています…</translation>
    </message>
    <message>
        <source>The job was removed from the monitor.</source>
        <translation>ジョブがジョブモニターから削除されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready.</source>
        <extracomment>%n = number of images</extracomment>
        <translation>
            <numerusform>%n 個のイメージの準備ができました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud could not create the image: %1</source>
        <extracomment>%1 = the cloud&apos;s error code and reason</extracomment>
        <translation>クラウドでイメージを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The job needs attention: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation>ジョブの確認が必要です: %1</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <extracomment>Progress on stderr. %1 = the cloud&apos;s job ID, %2 = status, percentage and task</extracomment>
        <translation>ジョブ%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <extracomment>%n = seconds</extracomment>
        <translation>
            <numerusform>%n秒経過しても実行中です。ジョブはジョブモニターに残り、完了まで監視されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted while the create request was on its way. The job is in the monitor; its outcome is unknown until the app reconciles it.</source>
        <translation>作成リクエストの送信中に中断されました。ジョブはジョブモニターに記録されていますが、アプリが照合するまで結果は不明です。</translation>
    </message>
    <message>
        <source>Interrupted. The cloud carries on with the job; the monitor follows it.</source>
        <translation>中断されました。クラウドはジョブの処理を続行し、ジョブモニターが引き続き監視します。</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>中断されました。何も送信していません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no compute service, which this method needs.</source>
        <translation>クラウドのサービスカタログに、この方法に必要なコンピュートサービスがありません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no block storage (volume) service, which this method needs.</source>
        <translation>クラウドのカタログに、この方法に必要なブロックストレージ（ボリューム）サービスがありません。</translation>
    </message>
    <message>
        <source>The request file %1 does not meet the rules of %2 clouds; nothing was sent:</source>
        <extracomment>%1 = the request file&apos;s path, %2 = the cloud family</extracomment>
        <translation>リクエストファイル %1 は %2 クラウドのルールを満たしていません。何も送信していません:</translation>
    </message>
    <message>
        <source>warning: __os_version is a Huawei Cloud extra; %1 clouds keep it as a plain image property.</source>
        <extracomment>%1 = the cloud family</extracomment>
        <translation>警告: __os_version は Huawei Cloud の拡張です。%1 クラウドでは通常のイメージプロパティとして保持されます。</translation>
    </message>
    <message>
        <source>Uploading: %1% of %2</source>
        <translation>アップロード中: %2 の %1%</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>%1 = time left such as &quot;4 min 05 s&quot;</extracomment>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Image file uploaded; the cloud is checking it.</source>
        <translation>イメージファイルをアップロードしました。クラウドが確認しています。</translation>
    </message>
    <message>
        <source>The upload failed: %1 The image stays queued: resume the upload in the job monitor, or delete the image there.</source>
        <extracomment>%1 = why the upload failed</extracomment>
        <translation>アップロードに失敗しました: %1 イメージはキュー状態のままです: ジョブモニターでアップロードを再開するか、イメージを削除してください。</translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost (%1); looking the image up by its chosen ID…</source>
        <extracomment>%1 = why the answer is missing</extracomment>
        <translation>作成リクエストの応答が失われました (%1)。選んだ ID でイメージを探しています…</translation>
    </message>
    <message>
        <source>Found the image by its chosen ID; uploading the image file.</source>
        <translation>選んだ ID でイメージが見つかりました。イメージファイルをアップロードしています。</translation>
    </message>
    <message>
        <source>Image metadata created as image %1; uploading the image file.</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>イメージメタデータをイメージ %1 として作成しました。イメージファイルをアップロードしています。</translation>
    </message>
    <message>
        <source>The upload was cancelled; the image stays queued (resume or delete it in the job monitor).</source>
        <translation>アップロードをキャンセルしました。イメージはキュー状態のままです (ジョブモニターで再開または削除してください)。</translation>
    </message>
    <message>
        <source>Interrupted: the upload was cancelled. The image stays queued; resume the upload or delete the image in the job monitor.</source>
        <translation>中断されました: アップロードをキャンセルしました。イメージはキュー状態のままです。ジョブモニターでアップロードを再開するか、イメージを削除してください。</translation>
    </message>
    <message>
        <source>The image file cannot be uploaded: %1 The image stays queued: resume the upload in the job monitor, or delete the image there.</source>
        <extracomment>%1 = why the image file cannot be read</extracomment>
        <translation>イメージファイルをアップロードできません: %1 イメージはキュー状態のままです: ジョブモニターでアップロードを再開するか、イメージを削除してください。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <extracomment>%1 = what failed on this computer</extracomment>
        <translation>何も送信していません: %1</translation>
    </message>
    <message>
        <source>The cloud reported the job as done but named no image. Look for the image in the cloud before creating it again.</source>
        <translation>クラウドはジョブの完了を報告しましたが、イメージを示していません。イメージを作成し直す前に、クラウドでイメージを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Not found by its marker yet; looking again in %n second(s)…</source>
        <translation>
            <numerusform>マーカーではまだ見つかりません。%n秒後にもう一度検索します…</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome is unknown: %1 Looking the job up by its marker (the create is never sent again)…</source>
        <translation>結果は不明です：%1 ジョブをマーカーで検索しています（作成リクエストが再送されることはありません）…</translation>
    </message>
    <message>
        <source>ims-local-file: the size of each uploaded part in MiB (5 to 5120). Default: at least 16, so that the file fits in 10,000 parts.</source>
        <translation>ims-local-file: アップロードする各パートのサイズ (MiB、5～5120)。既定値: 16 以上で、ファイルが 10,000 パートに収まる値。</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>command line value name</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>ims-local-file: how many parts are sent at a time (1 to 64; default 4).</source>
        <translation>ims-local-file: 同時に送信するパートの数 (1～64、既定値 4)。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>command line value name</comment>
        <translation>数</translation>
    </message>
    <message>
        <source>--part-size needs a whole number of MiB from 5 to 5120, not &quot;%1&quot;.</source>
        <translation>--part-size には 5～5120 の整数 (MiB) を指定してください (&quot;%1&quot; は不可)。</translation>
    </message>
    <message>
        <source>--parts needs a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--parts には 1～64 の整数を指定してください (&quot;%1&quot; は不可)。</translation>
    </message>
    <message>
        <source>Checking the OBS bucket %1…</source>
        <translation>OBSバケット %1 を確認しています…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Uploading the image file %1 to %2…</source>
        <translation>イメージファイル %1 を %2 にアップロードしています…</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>中断しました。</translation>
    </message>
    <message>
        <source>Deleting the uploaded object (keep_object is false)…</source>
        <translation>アップロードしたオブジェクトを削除しています (keep_object が false)…</translation>
    </message>
    <message>
        <source>The upload is paused; the parts sent stay in the bucket. imagewright watch %1 resumes it and sends only the missing parts.</source>
        <translation>アップロードを一時停止しました。送信済みのパートはバケットに残ります。imagewright watch %1 で再開すると、不足しているパートだけを送信します。</translation>
    </message>
    <message>
        <source>Uploading to OBS: %1% of %2, %3 of %4 parts</source>
        <translation>OBS にアップロード中: %2 の %1%、%4 パート中 %3 パート</translation>
    </message>
    <message>
        <source>Image file uploaded to OBS; sending the import to IMS…</source>
        <translation>イメージファイルを OBS にアップロードしました。IMS にインポートを送信しています…</translation>
    </message>
    <message>
        <source>The upload stopped: %1 imagewright watch %2 resumes it and sends only the missing parts.</source>
        <translation>アップロードが停止しました: %1 imagewright watch %2 で再開すると、不足しているパートだけを送信します。</translation>
    </message>
    <message>
        <source>The job history could not be written (%1), so this job&apos;s latest state is not recorded in it. imagewright watch %2 follows the job again once the history can be written.</source>
        <translation>ジョブ履歴に書き込めなかったため（%1）、このジョブの最新の状態は記録されていません。履歴に書き込めるようになったら、imagewright watch %2 でジョブを再び追跡できます。</translation>
    </message>
    <message>
        <source>%1 imagewright watch %2 goes on with it once that process has ended.</source>
        <translation>%1 そのプロセスが終了したら、imagewright watch %2 で続行できます。</translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Image Job Sent</source>
        <translation>イメージ作成ジョブを送信しました</translation>
    </message>
    <message>
        <source>The job monitor follows the job until the image is ready or the cloud reports a failure. You can close this wizard; closing the app does not stop the job on the cloud.</source>
        <translation>ジョブモニターは、イメージが使用可能になるか、クラウドが失敗を報告するまでジョブを監視します。このウィザードは閉じてもかまいません。アプリを終了しても、クラウド上のジョブは停止しません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer to the create of “%1” was lost on the way. Imagewright looks for the job by its marker tag; the monitor shows what it finds.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」の作成に対するクラウドの応答が途中で失われました。Imagewrightはマーカータグでジョブを検索し、見つかった内容をジョブモニターに表示します。</translation>
    </message>
    <message>
        <source>The cloud accepted the request for “%1”.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>クラウドが「%1」のリクエストを受け付けました。</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ジョブID: %1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <extracomment>%1 = the new image&apos;s ID</extracomment>
        <translation>イメージID：%1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Key</source>
        <comment>tag key</comment>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>tag value</comment>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>タグを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Tag</source>
        <translation>タグを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>送信形式:</translation>
    </message>
    <message>
        <source>image_tags (key/value objects)</source>
        <translation>image_tags（キー/値オブジェクト）</translation>
    </message>
    <message>
        <source>tags (&quot;key.value&quot; strings)</source>
        <translation>tags（&quot;key.value&quot;形式のタグ）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Tag validation. %1 = row number in the tag table, %2 = the message for that row</extracomment>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>No tags are set.</source>
        <translation>タグは設定されていません。</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <extracomment>Preview of the tags in the request. %1 = field name and JSON, e.g. &quot;tags&quot;: [&quot;a.b&quot;]</extracomment>
        <translation>送信内容: %1</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <source>Choose the CA bundle file (PEM) that signed the cloud&apos;s certificate.</source>
        <translation>クラウドの証明書に署名したCAバンドルファイル（PEM）を選択してください。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 does not exist.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>CAバンドルファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a file: choose a CA bundle file (PEM).</source>
        <extracomment>%1 = path</extracomment>
        <translation>%1 はファイルではありません: CAバンドルファイル（PEM）を選択してください。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 cannot be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>CAバンドルファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The CA bundle file %1 is too large to be a certificate bundle.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>CAバンドルファイル %1 は証明書バンドルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 is empty.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>CAバンドルファイル %1 は空です。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 holds no PEM certificate.</source>
        <extracomment>%1 = file path. PEM = the text format with &quot;-----BEGIN CERTIFICATE-----&quot;</extracomment>
        <translation>CAバンドルファイル %1 にPEM形式の証明書がありません。</translation>
    </message>
    <message>
        <source>%1 (certificate “%2”, SHA-256 fingerprint %3)</source>
        <extracomment>%1 = why the certificate was refused (Qt&apos;s text), %2 = the certificate&apos;s name, %3 = its SHA-256 fingerprint &quot;AB:CD:…&quot;</extracomment>
        <translation>%1（証明書「%2」、SHA-256フィンガープリント %3）</translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>%1 = an amount such as &quot;12.3 MB&quot;</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>UploadSource</name>
    <message>
        <source>the file became shorter while it was being read</source>
        <extracomment>the image file got shorter while it was being uploaded</extracomment>
        <translation>読み取り中にファイルが短くなりました</translation>
    </message>
</context>
<context>
    <name>VolumePicker</name>
    <message>
        <source>Attached: uploaded only with force; stop the OS first</source>
        <comment>note on an in-use volume</comment>
        <translation>取り付け済み: force 指定時のみアップロード。事前にOSを停止</translation>
    </message>
    <message>
        <source>The block storage service uploads only available or in-use volumes; this one is %1.</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (error, uploading, creating, ...)</extracomment>
        <translation>ブロックストレージサービスがアップロードできるのは available または in-use のボリュームだけです。このボリュームは %1 です。</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s volume list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>クラウドのボリューム一覧を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>検索(&amp;R):</translation>
    </message>
    <message>
        <source>Name, status, server or ID</source>
        <translation>名前、状態、仮想サーバまたはID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>volume name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>volume status column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>GB</source>
        <comment>volume size column</comment>
        <translation>GB</translation>
    </message>
    <message>
        <source>Attached to</source>
        <comment>volume attachment column: server and device</comment>
        <translation>取り付け先</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>volume ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a volume can&apos;t be used</comment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Loading the volume list from the cloud…</source>
        <translation>クラウドからボリューム一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>The volume list could not be loaded.</source>
        <translation>ボリューム一覧を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) listed, %1 usable for an image.</source>
        <extracomment>%n = volumes listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>%n 個のボリューム、うち %1 個がイメージに使用できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job history %1 could not be read (%2). It was moved aside as %3 and a new history was started; nothing in it was deleted.</source>
        <extracomment>%1 = path of the job history, %2 = why it could not be read, %3 = where it was moved</extracomment>
        <translation>ジョブ履歴 %1 を読み取れませんでした (%2)。%3 として別の場所に移し、新しい履歴を開始しました。その内容は何も削除されていません。</translation>
    </message>
    <message>
        <source>The job history %1 was written by a newer version of Imagewright: this version cannot change it. Use the newer version.</source>
        <extracomment>%1 = path of the job history</extracomment>
        <translation>ジョブ履歴 %1 は新しいバージョンの Imagewright で書き込まれています。このバージョンでは変更できません。新しいバージョンを使用してください。</translation>
    </message>
    <message>
        <source>The old job history %1 could not be read (%2); it was kept as %3.</source>
        <extracomment>%1 = path of the old job history file, %2 = why it could not be read, %3 = new path</extracomment>
        <translation>以前のジョブ履歴 %1 を読み取れませんでした (%2)。%3 として保存しました。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを非表示にする</translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message>
        <source>Clear Old Finished Jobs</source>
        <translation>古い終了済みジョブの消去</translation>
    </message>
    <message>
        <source>Clear Old Finished Jobs…</source>
        <translation>古い終了済みジョブの消去…</translation>
    </message>
    <message>
        <source>Remove finished jobs that ended more than this many days ago:</source>
        <translation>終了してからこの日数より長く経過したジョブを削除:</translation>
    </message>
    <message>
        <source>Removes finished jobs older than a number of days from the history. Jobs still running or needing attention stay.</source>
        <translation>指定した日数より古い終了済みジョブを履歴から削除します。実行中または要確認のジョブは残ります。</translation>
    </message>
    <message numerus="yes">
        <source>No finished job ended more than %n day(s) ago.</source>
        <translation>
            <numerusform>%n 日より前に終了したジョブはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished job(s) from the history?</source>
        <extracomment>%n = number of jobs; the days follow in the second sentence</extracomment>
        <translation>
            <numerusform>終了済みジョブ %n 件を履歴から削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They ended more than %n day(s) ago. Their images on the cloud are not touched.</source>
        <translation>
            <numerusform>これらは %n 日より前に終了しています。クラウド上のイメージには影響しません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profileにはプロファイル名が必要です。</translation>
    </message>
    <message>
        <source>Several saved profiles are called &quot;%1&quot;; give its id instead.</source>
        <translation>「%1」という名前の保存済みプロファイルが複数あります。代わりにIDを指定してください。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Lists the jobs of the job monitor, as the job history on this computer holds them.</source>
        <translation>このコンピューターのジョブ履歴にあるジョブモニターのジョブを一覧表示します。</translation>
    </message>
    <message>
        <source>Print one JSON array (stable keys) instead of a table.</source>
        <translation>表の代わりに JSON 配列を 1 つ出力します (キーは固定)。</translation>
    </message>
    <message>
        <source>Only jobs in these states (comma-separated): %1.</source>
        <extracomment>%1 = the list of state keys</extracomment>
        <translation>これらの状態のジョブのみ (カンマ区切り): %1。</translation>
    </message>
    <message>
        <source>states</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Only jobs of this saved cloud profile (name or id).</source>
        <translation>この保存済みクラウドプロファイルのジョブのみ (名前または ID)。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = what was given, %2 = the list of state keys</extracomment>
        <translation>不明な状態「%1」です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>No saved cloud profile is called &quot;%1&quot;.</source>
        <translation>「%1」という名前の保存済みクラウドプロファイルはありません。</translation>
    </message>
    <message>
        <source>The job history %1 cannot be read: %2</source>
        <extracomment>%1 = path of the job history, %2 = why</extracomment>
        <translation>ジョブ履歴 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Local ID</source>
        <translation>ローカル ID</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>ジョブはありません。</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follows one job of the job monitor to its end, looking it up by its marker first when its outcome is unknown; prints what submit --wait prints.</source>
        <translation>ジョブモニターのジョブを1つ、終了まで追跡します。結果が不明な場合は、まずマーカーで検索します。submit --wait と同じ内容を出力します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit code 4; the job stays in the monitor).</source>
        <translation>指定した秒数が経過したら待機を打ち切ります（終了コード4。ジョブはジョブモニターに残ります）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>command line value name</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>The job: its local id, its cloud job id, its marker or an image id.</source>
        <translation>ジョブ：ローカルID、クラウドのジョブID、マーカー、またはイメージID。</translation>
    </message>
    <message>
        <source>Give the job: imagewright watch ID (see imagewright jobs)</source>
        <translation>ジョブを指定してください：imagewright watch ID（imagewright jobs を参照）</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--timeoutには0より大きい整数の秒数を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>The job history cannot be read: %1</source>
        <translation>ジョブ履歴を読み込めません：%1</translation>
    </message>
    <message>
        <source>No job of the monitor is named &quot;%1&quot; (local id, job id, marker or image id; see imagewright jobs).</source>
        <translation>「%1」という名前のジョブはモニターにありません（ローカルID、ジョブID、マーカー、イメージID。imagewright jobs を参照）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several jobs: %2. Give the local id of one.</source>
        <translation>「%1」は複数のジョブに該当します：%2。いずれかのローカルIDを指定してください。</translation>
    </message>
    <message>
        <source>This job was written by a newer version of Imagewright (%1); this version cannot follow it.</source>
        <translation>このジョブは新しいバージョンのImagewrightが書き込んだものです（%1）。このバージョンでは追跡できません。</translation>
    </message>
    <message>
        <source>The image file&apos;s upload is incomplete: the image stays queued until the upload is resumed in the job monitor (Resume Upload), or deleted there.</source>
        <translation>イメージファイルのアップロードが完了していません。ジョブモニターでアップロードを再開する（アップロードを再開）か削除するまで、イメージはキュー状態のままです。</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>%1にサインインしています…</translation>
    </message>
    <message>
        <source>This job belongs to another cloud or user (%1) than the OS_* variables name: set the ones it was submitted with.</source>
        <translation>このジョブは、OS_* 変数が示すものとは別のクラウドまたはユーザー（%1）のものです。送信時と同じ変数を設定してください。</translation>
    </message>
    <message>
        <source>The cloud profile could not be opened.</source>
        <translation>クラウドプロファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>サインインできませんでした: %1</translation>
    </message>
    <message>
        <source>The job&apos;s outcome is unknown: looking it up by its marker…</source>
        <translation>ジョブの結果は不明です。マーカーで検索しています…</translation>
    </message>
    <message>
        <source>Watching the job again…</source>
        <translation>ジョブの監視を再開しています…</translation>
    </message>
    <message>
        <source>Waiting for the cloud to finish the image…</source>
        <translation>クラウドがイメージの作成を完了するのを待っています…</translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <translation>
            <numerusform>%n秒経過しても実行中です。ジョブはジョブモニターに残り、完了まで監視されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted. The cloud carries on with the job; the monitor follows it.</source>
        <translation>中断されました。クラウドはジョブの処理を続行し、ジョブモニターが引き続き監視します。</translation>
    </message>
    <message>
        <source>Resuming the upload to OBS…</source>
        <translation>OBS へのアップロードを再開しています…</translation>
    </message>
    <message>
        <source>The upload is running in another process; watching it.</source>
        <translation>アップロードは別のプロセスで実行中です。その進行を監視します。</translation>
    </message>
</context>
<context>
    <name>GiveUpDialog</name>
    <message>
        <source>Time limit for “%1”</source>
        <translation>「%1」の時間制限</translation>
    </message>
    <message>
        <source>Stop waiting for this job this long after it started (0 h 0 min: no limit). The job then needs attention; the cloud may still finish the work.</source>
        <translation>このジョブの開始からこの時間が経過したら待機を停止します (0 時間 0 分: 制限なし)。その後ジョブは要確認になります。クラウドは処理を完了する可能性があります。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>時間(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>分(&amp;M):</translation>
    </message>
</context>
<context>
    <name>FilePart</name>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>ファイルが想定より短くなっています。</translation>
    </message>
</context>
<context>
    <name>MultipartPlan</name>
    <message>
        <source>The file is larger than an object can be (%1).</source>
        <extracomment>%1 = a size such as &quot;48.8 TB&quot;</extracomment>
        <translation>ファイルがオブジェクトの上限 (%1) を超えています。</translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>パートのサイズは 5 MiB から 5 GiB の間にしてください。</translation>
    </message>
    <message>
        <source>With this part size the file needs more than 10,000 parts; use at least %1 MiB.</source>
        <extracomment>%1 = the smallest part size that works, in MiB</extracomment>
        <translation>このパートサイズではファイルに 10,000 を超えるパートが必要です。%1 MiB 以上にしてください。</translation>
    </message>
</context>
<context>
    <name>MultipartUpload</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <extracomment>%1 = a file path, %2 = the system&apos;s reason</extracomment>
        <translation>ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>part %1 was stored with another checksum (%2)</source>
        <extracomment>%1 = part number, %2 = the server&apos;s ETag</extracomment>
        <translation>パート %1 が別のチェックサム (%2) で保存されました</translation>
    </message>
    <message>
        <source>the object was stored with ETag %1 where %2 was expected</source>
        <extracomment>%1 = the server&apos;s ETag, %2 = the ETag computed from the file</extracomment>
        <translation>オブジェクトが ETag %1 で保存されました (想定: %2)</translation>
    </message>
</context>
<context>
    <name>ObsCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The region the signature is for. Default: OBS_REGION, AWS_REGION, the region in an OBS endpoint&apos;s name, else us-east-1.</source>
        <translation>署名の対象リージョン。既定値: OBS_REGION、AWS_REGION、OBS エンドポイント名に含まれるリージョン、それ以外は us-east-1。</translation>
    </message>
    <message>
        <source>region</source>
        <comment>command line value name</comment>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Address buckets in the path (https://host/bucket/object) instead of the host name. Always so for an IP address or localhost.</source>
        <translation>バケットをホスト名ではなくパス (https://host/bucket/object) で指定します。IP アドレスや localhost では常にこの方式です。</translation>
    </message>
    <message>
        <source>Print one JSON document (stable keys) instead of a table.</source>
        <translation>表の代わりに JSON ドキュメントを 1 つ出力します (キーは固定)。</translation>
    </message>
    <message>
        <source>How many parts are sent at the same time (default 4).</source>
        <translation>同時に送信するパートの数 (既定値 4)。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>command line value name</comment>
        <translation>数</translation>
    </message>
    <message>
        <source>The size of each part in MiB (5 to 5120). Default: 16 MiB, larger when the file needs more than 10,000 parts.</source>
        <translation>各パートのサイズ (MiB、5～5120)。既定値: 16 MiB。ファイルに 10,000 を超えるパートが必要な場合はそれより大きくなります。</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>command line value name</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>Lists the buckets, or the objects of a bucket under a prefix, of the object storage (OBS or S3).</source>
        <translation>オブジェクトストレージ (OBS または S3) のバケット、またはバケット内のプレフィックス以下のオブジェクトを一覧表示します。</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>操作。</translation>
    </message>
    <message>
        <source>BUCKET or BUCKET/PREFIX (optional).</source>
        <translation>BUCKET または BUCKET/PREFIX (省略可)。</translation>
    </message>
    <message>
        <source>Uploads a file as an object in parts, several at a time. Running the same command again after an interruption resumes the upload: only the missing parts are sent.</source>
        <translation>ファイルをオブジェクトとして、複数のパートを同時にアップロードします。中断後に同じコマンドを再実行するとアップロードを再開し、不足しているパートだけを送信します。</translation>
    </message>
    <message>
        <source>The local file.</source>
        <translation>ローカルファイル。</translation>
    </message>
    <message>
        <source>BUCKET or BUCKET/OBJECT (default object name: the file&apos;s name; BUCKET/FOLDER/ puts it in that folder).</source>
        <translation>BUCKET または BUCKET/OBJECT (既定のオブジェクト名: ファイル名。BUCKET/FOLDER/ とするとそのフォルダーに置きます)。</translation>
    </message>
    <message>
        <source>Lists the unfinished multipart uploads of a bucket (they use paid space until completed or aborted).</source>
        <translation>バケット内の未完了のマルチパートアップロードを一覧表示します (完了または中止するまで課金対象の容量を使用します)。</translation>
    </message>
    <message>
        <source>The bucket.</source>
        <translation>バケット。</translation>
    </message>
    <message>
        <source>Aborts an unfinished multipart upload: the object storage deletes its parts.</source>
        <translation>未完了のマルチパートアップロードを中止します。オブジェクトストレージはそのパートを削除します。</translation>
    </message>
    <message>
        <source>The object.</source>
        <translation>オブジェクト。</translation>
    </message>
    <message>
        <source>The upload ID (see obs uploads).</source>
        <translation>アップロード ID (obs uploads を参照)。</translation>
    </message>
    <message>
        <source>Object storage (OBS, or any S3 API) without a display. Actions: %1. &quot;imagewright obs ACTION --help&quot; describes each.</source>
        <extracomment>%1 = the list of actions</extracomment>
        <translation>画面なしでのオブジェクトストレージ (OBS または任意の S3 API) 操作。操作: %1。各操作の説明は &quot;imagewright obs ACTION --help&quot; で表示されます。</translation>
    </message>
    <message>
        <source>Give an action: imagewright obs %1</source>
        <extracomment>%1 = the list of actions</extracomment>
        <translation>操作を指定してください: imagewright obs %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = what was given, %2 = the list of actions</extracomment>
        <translation>不明な操作 &quot;%1&quot; です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Give the file and the bucket: imagewright obs put FILE BUCKET[/OBJECT]</source>
        <translation>ファイルとバケットを指定してください: imagewright obs put FILE BUCKET[/OBJECT]</translation>
    </message>
    <message>
        <source>--parts needs a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--parts には 1～64 の整数を指定してください (&quot;%1&quot; は不可)。</translation>
    </message>
    <message>
        <source>--part-size needs a whole number of MiB from 5 to 5120, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--part-size には 5～5120 の整数 (MiB) を指定してください (&quot;%1&quot; は不可)。</translation>
    </message>
    <message>
        <source>Give the bucket: imagewright obs uploads BUCKET</source>
        <translation>アップロードを一覧表示するバケットを指定してください: imagewright obs uploads BUCKET</translation>
    </message>
    <message>
        <source>Give the bucket, the object and the upload ID: imagewright obs abort BUCKET OBJECT UPLOAD_ID</source>
        <translation>バケット、オブジェクト、アップロード ID を指定してください: imagewright obs abort BUCKET OBJECT UPLOAD_ID</translation>
    </message>
    <message>
        <source>The bucket name is empty.</source>
        <translation>バケット名が空です。</translation>
    </message>
    <message>
        <source>The object storage did not accept the access key or its signature: %1: %2</source>
        <extracomment>%1 = the server&apos;s error code, %2 = its message</extracomment>
        <translation>オブジェクトストレージがアクセスキーまたはその署名を受け付けませんでした: %1: %2</translation>
    </message>
    <message>
        <source>The object storage refused the request (HTTP %1): %2: %3</source>
        <extracomment>%1 = HTTP status, %2 = the server&apos;s error code, %3 = its message</extracomment>
        <translation>オブジェクトストレージがリクエストを拒否しました (HTTP %1): %2: %3</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <extracomment>%1 = a message, %2 = the server&apos;s request id</extracomment>
        <translation>%1 (リクエスト ID %2)</translation>
    </message>
    <message>
        <source>No buckets.</source>
        <translation>バケットはありません。</translation>
    </message>
    <message>
        <source>No objects.</source>
        <translation>オブジェクトはありません。</translation>
    </message>
    <message>
        <source>Only the first %1 entries are listed.</source>
        <translation>最初の %1 件だけを表示しています。</translation>
    </message>
    <message>
        <source>No unfinished uploads.</source>
        <translation>未完了のアップロードはありません。</translation>
    </message>
    <message>
        <source>Aborted upload %1 of %2.</source>
        <extracomment>%1 = upload ID, %2 = object name</extracomment>
        <translation>%2 のアップロード %1 を中止しました。</translation>
    </message>
    <message>
        <source>Use the object storage of this saved cloud profile (name or id): its catalog&apos;s OBS endpoint and its keys (an AK/SK profile&apos;s own, else temporary keys from IAM). Default: the OBS_* or AWS_* environment.</source>
        <translation>この保存済みクラウドプロファイル（名前または ID）のオブジェクトストレージを使います。そのカタログの OBS エンドポイントと、そのキー（AK/SK プロファイルならそのキー、それ以外は IAM の一時キー）を使います。既定: OBS_* または AWS_* の環境変数。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command line value name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no object storage: its service catalog lists no &quot;obs&quot; service, and its cloud family has no well-known OBS endpoint. Add an endpoint override for &quot;obs&quot; to the profile.</source>
        <translation>プロファイル「%1」にはオブジェクトストレージがありません。サービスカタログに &quot;obs&quot; サービスがなく、そのクラウドの種類には既知の OBS エンドポイントもありません。プロファイルに &quot;obs&quot; のエンドポイント上書きを追加してください。</translation>
    </message>
</context>
<context>
    <name>ObsEnv</name>
    <message>
        <source>No access key: set OBS_ACCESS_KEY_ID and OBS_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>アクセスキーがありません: OBS_ACCESS_KEY_ID と OBS_SECRET_ACCESS_KEY (または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY) を設定してください。</translation>
    </message>
    <message>
        <source>No endpoint: set OBS_ENDPOINT (or AWS_ENDPOINT_URL), for example https://obs.eu-de.otc.t-systems.com.</source>
        <translation>エンドポイントがありません: OBS_ENDPOINT (または AWS_ENDPOINT_URL) を設定してください。例: https://obs.eu-de.otc.t-systems.com</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http or https address of a host.</source>
        <extracomment>%1 = the endpoint as given</extracomment>
        <translation>エンドポイント &quot;%1&quot; はホストの http または https アドレスではありません。</translation>
    </message>
</context>
<context>
    <name>ObsPutCommand</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The upload cannot be resumed. To start again, first abort the unfinished upload: %1</source>
        <extracomment>%1 = the command that aborts the old upload</extracomment>
        <translation>アップロードを再開できません。最初からやり直すには、まず未完了のアップロードを中止してください: %1</translation>
    </message>
    <message>
        <source>Resuming upload %1 of %2.</source>
        <extracomment>%1 = upload ID, %2 = bucket/object</extracomment>
        <translation>%2 のアップロード %1 を再開します。</translation>
    </message>
    <message>
        <source>%1 of %2 parts are already uploaded and match the file.</source>
        <extracomment>%1 and %2 = part counts</extracomment>
        <translation>%2 パートのうち %1 パートはアップロード済みで、ファイルと一致しています。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %), %4 of %5 parts, %6</source>
        <extracomment>Progress of obs put. %1 and %2 = sizes, %3 = percent, %4 and %5 = part counts, %6 = rate</extracomment>
        <translation>%1 / %2 (%3 %)、パート %4 / %5、%6</translation>
    </message>
    <message>
        <source>Interrupted. Run the same command again to resume, or abort the upload: %1</source>
        <extracomment>%1 = the command that aborts the upload</extracomment>
        <translation>中断しました。同じコマンドを再実行すると再開します。アップロードを中止するには: %1</translation>
    </message>
    <message>
        <source>The unfinished upload is no longer in the bucket; starting again.</source>
        <translation>未完了のアップロードはバケットにもうありません。最初からやり直します。</translation>
    </message>
    <message>
        <source>Run the same command again to resume the upload.</source>
        <translation>同じコマンドを再実行するとアップロードを再開します。</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2.</source>
        <extracomment>%1 = file path, %2 = bucket/object</extracomment>
        <translation>%1 を %2 にアップロードしました。</translation>
    </message>
</context>
<context>
    <name>UploadState</name>
    <message>
        <source>The file %1 is no longer there.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>ファイル %1 がもうありません。</translation>
    </message>
    <message>
        <source>The file %1 has changed since the upload started: its size was %2 bytes, now %3 bytes.</source>
        <extracomment>%1 = a file path, %2 and %3 = byte counts</extracomment>
        <translation>アップロード開始後にファイル %1 が変更されました: サイズが %2 バイトから %3 バイトになっています。</translation>
    </message>
    <message>
        <source>The file %1 has changed since the upload started: it was modified at %2, now at %3.</source>
        <extracomment>%1 = a file path, %2 and %3 = date and time</extracomment>
        <translation>アップロード開始後にファイル %1 が変更されました: 更新日時が %2 から %3 になっています。</translation>
    </message>
</context>
<context>
    <name>ImageDeleteFlow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: job %2</source>
        <translation>%1: ジョブ %2</translation>
    </message>
    <message numerus="yes">
        <source>A job of the job monitor is still following %n of these image(s). Deleting an image makes its job fail.</source>
        <translation>
            <numerusform>ジョブモニターのジョブが、これらのイメージのうち %n 件をまだ追跡しています。イメージを削除すると、そのジョブは失敗します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them anyway?</source>
        <translation>それでも削除しますか？</translation>
    </message>
    <message>
        <source>Images in Use by Jobs</source>
        <translation>ジョブが使用中のイメージ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n 件のイメージを削除しますか？ 元に戻すことはできません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Full-ECS images keep backups of the server&apos;s disks. Delete the backups with the images, or keep them.</source>
        <translation>フルECSイメージは仮想サーバのディスクのバックアップを保持しています。バックアップもイメージと一緒に削除するか、残すかを選んでください。</translation>
    </message>
    <message>
        <source>Delete With Backups</source>
        <translation>バックアップも削除</translation>
    </message>
    <message>
        <source>Delete, Keep Backups</source>
        <translation>削除 (バックアップは残す)</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>イメージの削除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted.</source>
        <translation>
            <numerusform>%n 件のイメージを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 not deleted.</source>
        <translation>%1 件削除、%2 件は削除されませんでした。</translation>
    </message>
    <message>
        <source>Images Not Deleted</source>
        <translation>削除されなかったイメージ</translation>
    </message>
    <message numerus="yes">
        <source>The cloud did not delete %n image(s):</source>
        <translation>
            <numerusform>クラウドは %n 件のイメージを削除しませんでした:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageEditDialog</name>
    <message>
        <source>The image was not changed: %1</source>
        <translation>イメージは変更されませんでした: %1</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>変更を送信しています…</translation>
    </message>
    <message>
        <source>Edit Image</source>
        <translation>イメージの編集</translation>
    </message>
    <message>
        <source>Change the properties of %1 (%2). Only what you change is sent.</source>
        <translation>%1 (%2) のプロパティを変更します。変更した項目だけが送信されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Minimum memo&amp;ry:</source>
        <translation>最小メモリ(&amp;R):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory:</source>
        <translation>最大メモリ(&amp;X):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>最大なし</translation>
    </message>
    <message>
        <source>Minimum d&amp;isk:</source>
        <translation>最小ディスク(&amp;I):</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted until unprotected)</source>
        <translation>保護(&amp;P) (保護を解除するまで削除できません)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CreateSummary</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>約 %1 時間</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>イメージの名前</translation>
    </message>
    <message>
        <source>From the server</source>
        <translation>元の仮想サーバ</translation>
    </message>
    <message>
        <source>IMS copies the server&apos;s system disk into a new private image. The cloud runs this as a job; the monitor follows it to its end.</source>
        <translation>IMS は仮想サーバのシステムディスクを新しいプライベートイメージにコピーします。クラウドはこれをジョブとして実行し、ジョブモニターが終了まで追跡します。</translation>
    </message>
    <message>
        <source>Data disk images</source>
        <translation>データディスクイメージ</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): </source>
        <translation>
            <numerusform>%n 件のイメージ: </numerusform>
        </translation>
    </message>
    <message>
        <source>IMS makes one data disk image of each chosen data disk, in one job.</source>
        <translation>IMS は選択した各データディスクから 1 つずつデータディスクイメージを 1 つのジョブで作成します。</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>イメージファイル</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>最小ディスク</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>IMS reads the image file from the OBS bucket and registers it as a private image.</source>
        <translation>IMS は OBSバケットからイメージファイルを読み込み、プライベートイメージとして登録します。</translation>
    </message>
    <message>
        <source>From the data disk</source>
        <translation>元のデータディスク</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from the data disk.</source>
        <translation>IMS はデータディスクからシステムディスクイメージを作成します。</translation>
    </message>
    <message>
        <source>Nova takes a snapshot of the server into a new image; the monitor follows the image until it is active.</source>
        <translation>Nova は仮想サーバのスナップショットを新しいイメージとして取得します。モニターはイメージが active になるまで追跡します。</translation>
    </message>
    <message>
        <source>From the volume</source>
        <translation>元のボリューム</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>ディスク形式</translation>
    </message>
    <message>
        <source>Cinder copies the volume into a new image; the volume is &quot;uploading&quot; meanwhile and goes back to its status after.</source>
        <translation>Cinder はボリュームを新しいイメージにコピーします。その間ボリュームは &quot;uploading&quot; (アップロード中) になり、終わると元の状態に戻ります。</translation>
    </message>
    <message>
        <source>Glance creates the image, then Imagewright uploads the file to it; Glance checks and stores it, and the image becomes active.</source>
        <translation>Glance がイメージを作成し、Imagewright がそこへファイルをアップロードします。Glance が検査して保存すると、イメージは active になります。</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>On this computer such a create took %1 (the median of the last ones that succeeded).</source>
        <translation>このコンピューターでは、この作成に %1 かかりました (最近成功したものの中央値)。</translation>
    </message>
    <message>
        <source>How long it takes depends on the size of the disk or file; the job monitor shows its progress.</source>
        <translation>所要時間はディスクまたはファイルのサイズによります。ジョブモニターに進捗が表示されます。</translation>
    </message>
    <message>
        <source>Imagewright adds nothing to this request (the API has no field for it). A lost answer is found again by the volume and the time.</source>
        <translation>Imagewright はこのリクエストに何も追加しません (API に該当するフィールドがありません)。応答が失われた場合は、ボリュームと時刻で見つけ直します。</translation>
    </message>
    <message>
        <source>Imagewright chooses the image ID (%1), so a request whose answer was lost can be sent again without making a second image.</source>
        <translation>Imagewright がイメージ ID (%1) を決めるため、応答が失われたリクエストを、2 つ目のイメージを作ることなく再送できます。</translation>
    </message>
    <message>
        <source>Imagewright adds the image property %1 to find the image again if the answer is lost.</source>
        <translation>応答が失われた場合にイメージを見つけ直せるよう、Imagewright はイメージのプロパティ %1 を追加します。</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 to find the job again if the answer is lost.</source>
        <translation>応答が失われた場合にジョブを見つけ直せるよう、Imagewright はタグ %1 を追加します。</translation>
    </message>
    <message>
        <source>OBS object</source>
        <translation>OBSオブジェクト</translation>
    </message>
    <message>
        <source>Imagewright uploads the image file to the OBS bucket in parts (resumable), then IMS imports it as a private image.</source>
        <translation>Imagewright がイメージファイルを分割して OBSバケット にアップロードし (再開可能)、IMS がそれをプライベートイメージとしてインポートします。</translation>
    </message>
    <message>
        <source>Bitmap file</source>
        <translation>ビットマップファイル</translation>
    </message>
    <message>
        <extracomment>%1 = the bitmap file&apos;s name, %2 = bucket:object</extracomment>
        <source>%1, as %2</source>
        <translation>%1 (%2 として)</translation>
    </message>
</context>
<context>
    <name>ImageFileFormat</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The image file&apos;s name ends in .%1, but the file does not start like a %2 file. Check that it is complete and of the format its name says.</source>
        <translation>イメージファイルの名前は .%1 で終わっていますが、ファイルの先頭は %2 ファイルのものではありません。ファイルが完全で、名前どおりの形式であることを確認してください。</translation>
    </message>
    <message>
        <source>The image file looks like %1, but its name ends in .%2. Rename it, or convert it to the format its name says.</source>
        <translation>イメージファイルは %1 のようですが、名前は .%2 で終わっています。名前を変更するか、名前どおりの形式に変換してください。</translation>
    </message>
</context>
<context>
    <name>MemberChange</name>
    <message>
        <source>Give the image&apos;s ID.</source>
        <translation>イメージのIDを指定してください。</translation>
    </message>
    <message>
        <source>Give at least one project to share with.</source>
        <translation>共有先のプロジェクトを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID: it has 32 hexadecimal characters (0-9, a-f).</source>
        <translation>「%1」はプロジェクトIDではありません。プロジェクトIDは16進数 (0-9、a-f) の32文字です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID: 1 to 255 characters without spaces.</source>
        <translation>「%1」はプロジェクトIDではありません。空白を含まない1～255文字です。</translation>
    </message>
    <message>
        <source>This is the image&apos;s own project; share with another one.</source>
        <translation>これはイメージ自身のプロジェクトです。別のプロジェクトと共有してください。</translation>
    </message>
    <message>
        <source>Project %1 is given twice.</source>
        <translation>プロジェクト %1 が2回指定されています。</translation>
    </message>
    <message>
        <source>This image belongs to this project; only a project it is shared with accepts or rejects it.</source>
        <translation>このイメージはこのプロジェクトのものです。受け入れや拒否は、共有先のプロジェクトだけが行えます。</translation>
    </message>
    <message>
        <source>This image is not shared with this project.</source>
        <translation>このイメージはこのプロジェクトと共有されていません。</translation>
    </message>
    <message>
        <source>Only the project that owns an image shares it.</source>
        <translation>イメージを共有できるのは、イメージを所有するプロジェクトだけです。</translation>
    </message>
    <message>
        <source>Only active images can be shared; this one is %1.</source>
        <translation>共有できるのは active のイメージだけです。このイメージの状態: %1。</translation>
    </message>
    <message>
        <source>Only private images can be shared.</source>
        <translation>共有できるのはプライベートイメージだけです。</translation>
    </message>
    <message>
        <source>A %1 image has no members: every project sees it already.</source>
        <translation>%1 のイメージにはメンバーがありません。すべてのプロジェクトから見えています。</translation>
    </message>
</context>
<context>
    <name>ImageMemberKind</name>
    <message>
        <source>Share Image…</source>
        <translation>イメージを共有…</translation>
    </message>
    <message>
        <source>Accept Shared Image</source>
        <translation>共有イメージを受け入れる</translation>
    </message>
    <message>
        <source>Reject Shared Image</source>
        <translation>共有イメージを拒否</translation>
    </message>
</context>
<context>
    <name>ImagesMembersCommand</name>
    <message>
        <source>A project to share the image with (repeatable).</source>
        <translation>イメージの共有先プロジェクト (複数指定可)。</translation>
    </message>
    <message>
        <source>A project to stop sharing the image with (repeatable).</source>
        <translation>イメージの共有を終了するプロジェクト (複数指定可)。</translation>
    </message>
    <message>
        <source>project-id</source>
        <translation>プロジェクトID</translation>
    </message>
    <message>
        <source>IMS: follow the cloud&apos;s job to its end (without it the command ends once the cloud took the job; the monitor follows it).</source>
        <translation>IMS: クラウドのジョブを終了まで追跡します (指定しない場合、クラウドがジョブを受け付けた時点でコマンドは終了し、ジョブはモニターが追跡します)。</translation>
    </message>
    <message>
        <source>With --wait: stop waiting after this many seconds (exit 4).</source>
        <translation>--wait 指定時: この秒数が経過したら待機をやめます (終了コード 4)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Shares an image with other projects (adds them as members).</source>
        <translation>イメージを他のプロジェクトと共有します (メンバーとして追加します)。</translation>
    </message>
    <message>
        <source>Stops sharing an image with projects (removes them as members).</source>
        <translation>プロジェクトとのイメージの共有を終了します (メンバーから削除します)。</translation>
    </message>
    <message>
        <source>Lists an image&apos;s members and their status.</source>
        <translation>イメージのメンバーとその状態を一覧表示します。</translation>
    </message>
    <message>
        <source>Accepts an image another project shared with this one.</source>
        <translation>他のプロジェクトがこのプロジェクトと共有したイメージを受け入れます。</translation>
    </message>
    <message>
        <source>Rejects an image another project shared with this one.</source>
        <translation>他のプロジェクトがこのプロジェクトと共有したイメージを拒否します。</translation>
    </message>
    <message>
        <source>Give at least one --project.</source>
        <translation>--project を1つ以上指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>%n 秒後に待機をやめました。クラウドのジョブは続行しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The image is not shared with any project.</source>
        <translation>このイメージはどのプロジェクトとも共有されていません。</translation>
    </message>
    <message>
        <source>The change is not valid; nothing was sent:</source>
        <translation>変更が正しくないため、何も送信しませんでした:</translation>
    </message>
    <message>
        <source>Nothing was sent for image %1:</source>
        <translation>イメージ %1 については何も送信しませんでした:</translation>
    </message>
    <message>
        <source>The cloud runs job %1; &quot;imagewright watch %1&quot; follows it.</source>
        <translation>クラウドがジョブ %1 を実行しています。&quot;imagewright watch %1&quot; で追跡できます。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job is done.</source>
        <translation>クラウドのジョブが完了しました。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job failed: %1</source>
        <translation>クラウドのジョブが失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ImageShareDialog</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受け入れ済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>メンバーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The members were not changed: %1</source>
        <translation>メンバーは変更されませんでした: %1</translation>
    </message>
    <message>
        <source>The cloud runs job %1; the job monitor follows it. Refresh shows the members once it has ended.</source>
        <translation>クラウドがジョブ %1 を実行しています。ジョブモニターが追跡します。ジョブの終了後、「更新」でメンバーが表示されます。</translation>
    </message>
    <message>
        <source>The members were changed.</source>
        <translation>メンバーを変更しました。</translation>
    </message>
    <message>
        <source>Share Image</source>
        <translation>イメージを共有</translation>
    </message>
    <message>
        <source>The projects %1 (%2) is shared with. A project sees the image once it has accepted it.</source>
        <translation>%1 (%2) の共有先プロジェクトです。プロジェクトは受け入れた後にイメージを使用できます。</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>メンバー(&amp;M):</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクトID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>プロジェクトID(&amp;P):</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>16進数32文字</translation>
    </message>
    <message>
        <source>The project&apos;s ID</source>
        <translation>プロジェクトのID</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <source>The cloud runs job %1; the job monitor follows it, and the members here are read again once it has ended.</source>
        <translation>クラウドがジョブ %1 を実行しています。ジョブモニターが追跡し、ジョブの終了後にここのメンバーを読み直します。</translation>
    </message>
</context>
<context>
    <name>LocalFileRequest</name>
    <message>
        <source>Give the OBS bucket to upload to: &quot;params&quot;: {&quot;bucket&quot;: &quot;my-bucket&quot;}.</source>
        <translation>アップロード先の OBSバケット を指定してください: &quot;params&quot;: {&quot;bucket&quot;: &quot;my-bucket&quot;}。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens or periods, starting and ending with a letter or digit, not an IP address.</source>
        <translation>&quot;%1&quot; は OBSバケット の名前として使えません: 小文字、数字、ハイフン、ピリオドで 3～63 文字、先頭と末尾は英字か数字、IP アドレスは不可です。</translation>
    </message>
    <message>
        <source>The object name is empty.</source>
        <translation>オブジェクト名が空です。</translation>
    </message>
    <message>
        <source>An object name can have at most 1024 bytes.</source>
        <translation>オブジェクト名は 1024 バイトまでです。</translation>
    </message>
    <message>
        <source>“%1”: an object name cannot start with a slash.</source>
        <translation>“%1”: オブジェクト名はスラッシュで始められません。</translation>
    </message>
    <message>
        <source>“%1”: OBS file and folder names here cannot contain spaces. Choose an object name without spaces (params.object).</source>
        <translation>“%1”: ここでは OBS のファイル名とフォルダー名に空白を含められません。空白のないオブジェクト名を選んでください (params.object)。</translation>
    </message>
    <message>
        <source>The image file %1 does not exist.</source>
        <translation>イメージファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The image file %1 is not a readable file.</source>
        <translation>イメージファイル %1 は読み取れるファイルではありません。</translation>
    </message>
    <message>
        <source>The image file %1 is empty.</source>
        <translation>イメージファイル %1 は空です。</translation>
    </message>
    <message>
        <source>A quick import takes only ZVHD2 or RAW files; this file is %1. Convert it, or leave is_quick_import out for a normal import.</source>
        <translation>高速インポート で扱えるのは ZVHD2 と RAW のファイルだけです。このファイルは %1 です。変換するか、is_quick_import を省いて通常のインポートにしてください。</translation>
    </message>
    <message>
        <source>The image file is %1; a quick import takes files of at most %2.</source>
        <translation>イメージファイルは %1 です。高速インポート で扱えるのは %2 までのファイルです。</translation>
    </message>
    <message>
        <source>The image file is %1; a normal import takes files smaller than %2. A ZVHD2 or RAW file of up to 1 TB can use the quick import (is_quick_import).</source>
        <translation>イメージファイルは %1 です。通常のインポートで扱えるのは %2 未満のファイルです。1 TB までの ZVHD2 または RAW のファイルなら 高速インポート (is_quick_import) を使えます。</translation>
    </message>
    <message>
        <source>Give the image file to upload: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relative to the request file&apos;s folder, or absolute).</source>
        <translation>アップロードするイメージファイルを指定してください: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (リクエストファイルのフォルダーからの相対パス、または絶対パス)。</translation>
    </message>
    <message>
        <source>&quot;bucket&quot; must be a text.</source>
        <translation>&quot;bucket&quot; はテキストで指定してください。</translation>
    </message>
    <message>
        <source>&quot;object&quot; must be a text.</source>
        <translation>&quot;object&quot; はテキストで指定してください。</translation>
    </message>
    <message>
        <source>&quot;keep_object&quot; must be true or false.</source>
        <translation>&quot;keep_object&quot; は true か false で指定してください。</translation>
    </message>
    <message>
        <source>Leave image_url out: it is set from params.bucket and params.object when the file is uploaded.</source>
        <translation>image_url は省いてください: ファイルのアップロード時に params.bucket と params.object から設定されます。</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 does not exist.</source>
        <translation>ビットマップファイル %1 がありません。</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 is not a readable file.</source>
        <translation>ビットマップファイル %1 は読み取れるファイルではありません。</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 is empty.</source>
        <translation>ビットマップファイル %1 は空です。</translation>
    </message>
    <message>
        <extracomment>%1 = file path, %2 = its size, %3 = the limit</extracomment>
        <source>%1 is %2: too large for a bitmap file (at most %3). Choose the .mf file CreateMF.jar made for the RAW image file.</source>
        <translation>%1 は %2 あり、ビットマップファイルとしては大きすぎます (上限 %3)。CreateMF.jar が RAW イメージファイル用に生成した .mf ファイルを選択してください。</translation>
    </message>
    <message>
        <source>&quot;bitmap&quot; must be a text: the path of the RAW file&apos;s .mf file.</source>
        <translation>「bitmap」はテキストで指定してください: RAW ファイルの .mf ファイルのパスです。</translation>
    </message>
    <message>
        <source>Only a quick import of a RAW file takes a bitmap file; leave params.bitmap out.</source>
        <translation>ビットマップファイルを使うのは RAW ファイルの高速インポートだけです。params.bitmap を指定しないでください。</translation>
    </message>
    <message>
        <extracomment>%1 = the file name looked for, e.g. disk01.mf</extracomment>
        <source>A quick import of a RAW file needs its bitmap file (.mf, made by CreateMF.jar), uploaded beside it. %1 is not beside the image file: give the bitmap file (params.bitmap).</source>
        <translation>RAW ファイルの高速インポートには、一緒にアップロードするビットマップファイル (.mf、CreateMF.jar で生成) が必要です。%1 がイメージファイルと同じ場所にありません。ビットマップファイルを指定してください (params.bitmap)。</translation>
    </message>
    <message>
        <extracomment>%1 = the object name</extracomment>
        <source>“%1” is the name the bitmap file gets in the bucket; give the image file&apos;s object another extension, such as .raw.</source>
        <translation>「%1」はビットマップファイルがバケット内で使う名前です。イメージファイルのオブジェクトには .raw など別の拡張子を付けてください。</translation>
    </message>
</context>
<context>
    <name>ObsImportController</name>
    <message>
        <source>The OBS bucket %1 does not exist, or this account cannot see it.</source>
        <translation>OBSバケット %1 は存在しないか、このアカウントからは見えません。</translation>
    </message>
    <message>
        <source>The OBS bucket %1 is in region %2, but IMS imports only from a bucket in the profile&apos;s region %3. Choose a bucket in %3.</source>
        <translation>OBSバケット %1 はリージョン %2 にありますが、IMS はプロファイルのリージョン %3 のバケットからしかインポートしません。%3 のバケットを選んでください。</translation>
    </message>
    <message>
        <source>The OBS bucket %1 has the storage class %2; IMS imports only from a bucket of the Standard class.</source>
        <translation>OBSバケット %1 のストレージクラスは %2 です。IMS は標準ストレージクラスのバケットからしかインポートしません。</translation>
    </message>
    <message>
        <source>Another process, %1, is uploading this job&apos;s file now. Resume the upload once that process has ended; the parts it sent stay in the bucket.</source>
        <translation>別のプロセス (%1) がこのジョブのファイルを現在アップロードしています。そのプロセスが終了してからアップロードを再開してください。送信済みのパートはバケットに残ります。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in with these values without saving them, and list what the cloud offers</source>
        <translation>入力した値を保存せずにサインインし、クラウドが提供するサービスを一覧表示します</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>%1にサインインしています…</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>すべてのリージョン</translation>
    </message>
    <message>
        <source>Signed in, but the catalog has no services for region %1 on this interface. Regions in the catalog: %2.</source>
        <translation>サインインしましたが、このインターフェースでは、カタログに%1のサービスがありません。カタログ内のリージョン: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>None of the image creation methods: the catalog has no image, compute or volume service here.</source>
        <translation>使用できるイメージ作成方法はありません: ここではカタログにイメージ、コンピュート、ボリュームのいずれのサービスもありません。</translation>
    </message>
    <message>
        <source>Connected. Services in %1: %2.
Image creation methods available: %3</source>
        <translation>接続しました。%1のサービス: %2。
使用可能なイメージ作成方法: %3</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Everything needed to sign in to one project in one region. The password is kept in the system keychain, never in a file.</source>
        <translation>1つのリージョンの1つのプロジェクトにサインインするための設定です。パスワードはファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Use T&amp;his Profile</source>
        <translation>このプロファイルを使用(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation>フォームの変更を破棄します</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>先に変更を保存してください。</translation>
    </message>
    <message>
        <source>This profile is in use.</source>
        <translation>このプロファイルは使用中です。</translation>
    </message>
    <message>
        <source>Switch the main window to this profile</source>
        <translation>メインウィンドウをこのプロファイルに切り替えます</translation>
    </message>
    <message>
        <source>The password is missing: enter it to test the connection.</source>
        <translation>パスワードがありません。接続をテストするにはパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>ProfileIdentitySection</name>
    <message>
        <source>&amp;Name:</source>
        <comment>profile name</comment>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>For example: Production, Frankfurt</source>
        <translation>例: 本番環境、フランクフルト</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>クラウド(&amp;C):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>Identity &amp;URL:</source>
        <translation>認証URL(&amp;U):</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>The Keystone version 3 (IAM) address; it ends with /v3.</source>
        <translation>Keystone v3（IAM）のアドレスです。末尾は/v3です。</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>プロジェクト名(&amp;P):</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>プロジェクトID(&amp;J):</translation>
    </message>
    <message>
        <source>Instead of the project name</source>
        <translation>プロジェクト名の代わりに指定</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>プロジェクトドメイン(&amp;M):</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>インターフェース(&amp;F):</translation>
    </message>
    <message>
        <source>public</source>
        <comment>Keystone endpoint interface</comment>
        <translation>public</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>Keystone endpoint interface</comment>
        <translation>internal</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>Keystone endpoint interface</comment>
        <translation>admin</translation>
    </message>
    <message>
        <source>Which catalog endpoints to use; public unless your cloud&apos;s administrator says otherwise.</source>
        <translation>使用するサービスカタログのエンドポイントです。クラウドの管理者から指示がない限り、publicを選択してください。</translation>
    </message>
    <message>
        <source>Imagewright manages this profile: it follows the local demo cloud.</source>
        <translation>このプロファイルはImagewrightが管理し、ローカルのデモクラウドに合わせて更新します。</translation>
    </message>
</context>
<context>
    <name>ProfileSecretWriter</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>キーチェーンへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
</context>
<context>
    <name>ProfileSignInSection</name>
    <message>
        <source>Service type</source>
        <translation>サービスタイプ</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>エンドポイントURL</translation>
    </message>
    <message>
        <source>Add Override</source>
        <translation>上書きを追加</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>上書きを削除</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Sign-in metho&amp;d:</source>
        <translation>サインイン方式(&amp;D):</translation>
    </message>
    <message>
        <source>How Imagewright signs in: a password, an application credential, or a Huawei access key pair (AK/SK).</source>
        <translation>Imagewright のサインイン方法: パスワード、アプリケーション認証情報、または Huawei のアクセスキーペア（AK/SK）。</translation>
    </message>
    <message>
        <source>Use&amp;r name:</source>
        <translation>ユーザー名(&amp;R):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>押している間、パスワードを表示します</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>今回のセッションのみ使用</translation>
    </message>
    <message>
        <source>Keep the password in memory until Imagewright quits; it is not saved anywhere.</source>
        <translation>Imagewrightを終了するまでパスワードをメモリに保持します。どこにも保存されません。</translation>
    </message>
    <message>
        <source>Keep the secrets typed here in memory until Imagewright quits; they are not saved anywhere.</source>
        <translation>ここに入力したシークレットをImagewrightを終了するまでメモリに保持します。どこにも保存されません。</translation>
    </message>
    <message>
        <source>User d&amp;omain:</source>
        <translation>ユーザードメイン(&amp;O):</translation>
    </message>
    <message>
        <source>Credential ID:</source>
        <translation>認証情報ID:</translation>
    </message>
    <message>
        <source>Or leave empty and give the credential&apos;s name</source>
        <translation>または空のままにして認証情報の名前を入力</translation>
    </message>
    <message>
        <source>Credential name:</source>
        <translation>認証情報名:</translation>
    </message>
    <message>
        <source>With the user name and user domain</source>
        <translation>ユーザー名とユーザードメインと組み合わせて使用</translation>
    </message>
    <message>
        <source>Credential secret:</source>
        <translation>認証情報のシークレット:</translation>
    </message>
    <message>
        <source>Access ke&amp;y (AK):</source>
        <translation>アクセスキー（AK）(&amp;Y):</translation>
    </message>
    <message>
        <source>Sec&amp;ret key (SK):</source>
        <translation>シークレットキー（SK）(&amp;R):</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>一時キー</translation>
    </message>
    <message>
        <source>A temporary access key, valid only together with its security token</source>
        <translation>セキュリティトークンと組み合わせた場合のみ有効な一時アクセスキー</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>セキュリティトークン:</translation>
    </message>
    <message>
        <source>Endpoint overrides:</source>
        <translation>エンドポイントの上書き:</translation>
    </message>
    <message>
        <source>Use these addresses instead of the catalog&apos;s for the given service types, e.g. a private gateway.</source>
        <translation>指定したサービスタイプでは、カタログのアドレスの代わりにこれらを使用します（例: プライベートゲートウェイ）。</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>システムのキーチェーンに保存済み。変更しない場合は空のまま</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Not needed: the demo cloud&apos;s password is built in</source>
        <translation>不要: デモクラウドのパスワードは組み込み済みです</translation>
    </message>
    <message>
        <source>Required; saved in the system keychain</source>
        <translation>必須。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>保存済みのパスワードを使う場合は空欄のままにします</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>パスワードをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>システムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>パスワードはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>システムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1). It was not written anywhere else.</source>
        <translation>パスワードをシステムのキーチェーンに保存できませんでした（%1）。他の場所にも書き込まれていません。</translation>
    </message>
    <message>
        <source>This secret could not be saved in the system keychain (%1). It was not written anywhere else.</source>
        <translation>このシークレットをシステムのキーチェーンに保存できませんでした（%1）。他の場所には書き込まれていません。</translation>
    </message>
    <message>
        <source>The password is used until Imagewright quits. It is not saved.</source>
        <translation>パスワードはImagewrightを終了するまで使用され、保存はされません。</translation>
    </message>
    <message>
        <source>Used until Imagewright quits. It is not saved.</source>
        <translation>Imagewrightを終了するまで使用され、保存はされません。</translation>
    </message>
</context>
<context>
    <name>ProfileTlsSection</name>
    <message>
        <source>Certificate chec&amp;ks:</source>
        <translation>証明書のチェック(&amp;K):</translation>
    </message>
    <message>
        <source>Verify certificates (system CAs)</source>
        <translation>証明書を検証する（システムのCA）</translation>
    </message>
    <message>
        <source>Verify with a CA bundle file</source>
        <translation>CAバンドルファイルで検証する</translation>
    </message>
    <message>
        <source>Insecure: do not verify certificates</source>
        <translation>安全でない: 証明書を検証しない</translation>
    </message>
    <message>
        <source>How the cloud&apos;s TLS certificate is checked. Use a CA bundle file for a cloud with a private certificate authority.</source>
        <translation>クラウドのTLS証明書の確認方法です。プライベート認証局を使用するクラウドでは、CAバンドルファイルを使用してください。</translation>
    </message>
    <message>
        <source>CA bundle file (PEM), e.g. /etc/ssl/private-ca.pem</source>
        <translation>CAバンドルファイル（PEM）、例: /etc/ssl/private-ca.pem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>CAバンドルファイルを選択します</translation>
    </message>
    <message>
        <source>I understand the risk: do not verify certificates</source>
        <translation>リスクを理解しています: 証明書を検証しない</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Choose CA Bundle File</source>
        <translation>CAバンドルファイルの選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>この名前は別のプロファイルで使用されています。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>リージョンを選択してください。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain: often Default; on Huawei Cloud and Open Telekom Cloud, the account name.</source>
        <translation>ユーザーのドメインを入力してください。通常はDefaultです。Huawei CloudとOpen Telekom Cloudではアカウント名を入力します。</translation>
    </message>
    <message>
        <source>Enter a project name or a project ID.</source>
        <translation>プロジェクト名またはプロジェクトIDを入力してください。</translation>
    </message>
    <message>
        <source>The project ID is used; the project name is only kept for reference.</source>
        <translation>プロジェクトIDが使用されます。プロジェクト名は参考として保持されるだけです。</translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain (needed with a project name).</source>
        <translation>プロジェクトのドメインを入力してください（プロジェクト名を指定する場合は必須）。</translation>
    </message>
    <message>
        <source>AK/SK signing is offered for Huawei Cloud and Open Telekom Cloud only.</source>
        <translation>AK/SK 署名は Huawei Cloud と Open Telekom Cloud でのみ使用できます。</translation>
    </message>
    <message>
        <source>Enter the application credential&apos;s ID, or its name.</source>
        <translation>アプリケーション認証情報のIDまたは名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the application credential&apos;s secret.</source>
        <translation>アプリケーション認証情報のシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>アクセスキー（AK）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>シークレットキー（SK）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the security token of the temporary key.</source>
        <translation>一時キーのセキュリティトークンを入力してください。</translation>
    </message>
    <message>
        <source>Tick the box to confirm that this profile skips certificate checks, or choose a CA bundle file instead.</source>
        <translation>このプロファイルで証明書のチェックを省略することを確認するにはチェックボックスをオンにするか、代わりにCAバンドルファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>ReviewSamples</name>
    <message>
        <source>The demo cloud has nothing this method can use.</source>
        <translation>デモクラウドには、この方法で使えるものがありません。</translation>
    </message>
    <message>
        <source>The sample values were not accepted by the method&apos;s page; the screenshot shows the page.</source>
        <translation>サンプル値が方法のページで受け付けられませんでした。スクリーンショットにはそのページが表示されます。</translation>
    </message>
</context>
<context>
    <name>ObsBucketLister</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>Its region and storage class could not be read: %1</source>
        <translation>リージョンとストレージクラスを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ObsBucketPicker</name>
    <message>
        <source>not said</source>
        <comment>a bucket&apos;s region or storage class the server did not say</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>IMS can import from it</source>
        <translation>IMS がインポートできます</translation>
    </message>
    <message>
        <source>This account has no OBS bucket. Create one of the Standard class in the profile&apos;s region (OBS console or obsutil), then Refresh.</source>
        <translation>このアカウントには OBSバケットがありません。プロファイルのリージョンに標準クラスのバケットを作成し (OBS コンソールまたは obsutil)、[更新] を押してください。</translation>
    </message>
    <message>
        <source>Bucket</source>
        <comment>OBS bucket name column</comment>
        <translation>バケット</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>whether IMS can import from the bucket</comment>
        <translation>備考</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the bucket list from OBS…</source>
        <translation>OBS からバケットの一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>The bucket list could not be read from OBS: %1</source>
        <translation>OBS からバケットの一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Read the bucket list from OBS again</source>
        <translation>OBS からバケットの一覧を再度読み込みます</translation>
    </message>
    <message>
        <source>This account has no OBS bucket: Create Bucket… makes one IMS can import from.</source>
        <translation>このアカウントにはOBSバケットがありません。「バケットの作成…」でIMSがインポートできるバケットを作成できます。</translation>
    </message>
    <message>
        <source>Create B&amp;ucket…</source>
        <translation>バケットの作成(&amp;U)…</translation>
    </message>
    <message>
        <source>Create a bucket in the profile&apos;s region with the Standard storage class</source>
        <translation>プロファイルのリージョンに標準ストレージクラスのバケットを作成します</translation>
    </message>
</context>
<context>
    <name>ImsLocalFilePage</name>
    <message>
        <source>Choose the Image File</source>
        <translation>イメージファイルを選択</translation>
    </message>
    <message>
        <source>Image files (*.vhd *.vmdk *.qcow2 *.raw *.img *.vhdx *.qed *.vdi *.qcow *.zvhd *.zvhd2 *.iso);;All files (*)</source>
        <translation>イメージファイル (*.vhd *.vmdk *.qcow2 *.raw *.img *.vhdx *.qed *.vdi *.qcow *.zvhd *.zvhd2 *.iso);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Imagewright uploads the local image file to an OBS bucket in parts (resumable), then IMS registers it as a private image.</source>
        <translation>Imagewright がローカルのイメージファイルを OBSバケットに分割してアップロードし (再開可能)、IMS がそれをプライベートイメージとして登録します。</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>イメージファイル(&amp;F):</translation>
    </message>
    <message>
        <source>The local image file to upload</source>
        <translation>アップロードするローカルのイメージファイル</translation>
    </message>
    <message>
        <source>Default: the file&apos;s name</source>
        <translation>既定: ファイル名</translation>
    </message>
    <message>
        <source>Keep the ob&amp;ject in the bucket after the import</source>
        <translation>インポート後もオブジェクトをバケットに残す(&amp;J)</translation>
    </message>
    <message>
        <source>Unchecked, the uploaded object is deleted once the image is active.</source>
        <translation>オフにすると、イメージが active になった時点でアップロードしたオブジェクトを削除します。</translation>
    </message>
    <message>
        <source>Minimum system disk (&amp;GB):</source>
        <translation>最小システムディスク (GB)(&amp;G):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1～%2 GB</translation>
    </message>
    <message>
        <source>OS t&amp;ype:</source>
        <translation>OSタイプ(&amp;Y):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>OS type left out of the request</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>OSバージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Automatic &amp;configuration (is_config)</source>
        <translation>自動設定(&amp;C)（is_config）</translation>
    </message>
    <message>
        <source>&amp;Quick import (is_quick_import)</source>
        <translation>高速インポート(&amp;Q)（is_quick_import）</translation>
    </message>
    <message>
        <source>Encryption &amp;key ID (cmk_id):</source>
        <translation>暗号化キーID(&amp;K)（cmk_id）:</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Choose the local image file to upload.</source>
        <translation>アップロードするローカルのイメージファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose an OBS bucket IMS can import from.</source>
        <translation>IMS がインポートできる OBSバケットを選択してください。</translation>
    </message>
    <message>
        <source>Read from the file: %1, %2.</source>
        <translation>ファイルから読み取った形式: %1、%2。</translation>
    </message>
    <message>
        <source>A normal import takes files smaller than %1; a quick import (ZVHD2 or RAW) up to %2.</source>
        <translation>通常のインポートは %1 未満のファイル、高速インポート (ZVHD2 または RAW) は %2 までのファイルを受け付けます。</translation>
    </message>
    <message>
        <source>The file is uploaded in parts, each checked by MD5; an interrupted upload resumes from the job monitor and sends only the missing parts.</source>
        <translation>ファイルは分割してアップロードされ、各パートは MD5 で確認されます。中断したアップロードはジョブモニターから再開でき、不足しているパートだけを送信します。</translation>
    </message>
    <message>
        <source>An ISO file or a quick import needs the OS version.</source>
        <translation>ISO ファイルまたは高速インポートには OSバージョンが必要です。</translation>
    </message>
    <message>
        <source>Wait for the bucket list from OBS, then choose a bucket.</source>
        <translation>OBS からバケットの一覧が届くのを待ってから、バケットを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>オブジェクト名(&amp;O):</translation>
    </message>
    <message>
        <source>OB&amp;S bucket:</source>
        <translation>OBSバケット(&amp;S):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the Bitmap File</source>
        <translation>ビットマップファイルの選択</translation>
    </message>
    <message>
        <source>Bitmap files (*.mf);;All files (*)</source>
        <translation>ビットマップファイル (*.mf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Bi&amp;tmap file (.mf):</source>
        <translation>ビットマップファイル (.mf)(&amp;T):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>the bitmap file; no mnemonic: the image file&apos;s Browse button has it</comment>
        <translation>参照…</translation>
    </message>
    <message>
        <source>A quick import of a RAW file needs its bitmap file, made by CreateMF.jar; it is uploaded beside the image file as NAME.mf.</source>
        <translation>RAW ファイルの高速インポートには CreateMF.jar で生成したビットマップファイルが必要です。イメージファイルの隣に NAME.mf としてアップロードされます。</translation>
    </message>
    <message>
        <extracomment>%1 = the default bitmap file&apos;s name, e.g. disk01.mf</extracomment>
        <source>Default: %1 beside the image file</source>
        <translation>既定: イメージファイルと同じ場所の %1</translation>
    </message>
    <message>
        <source>Only for a quick import of a RAW file</source>
        <translation>RAW ファイルの高速インポートの場合のみ</translation>
    </message>
    <message>
        <extracomment>%1 = the default bitmap file&apos;s name, e.g. disk01.mf</extracomment>
        <source>A quick import of a RAW file needs its bitmap file (.mf). %1 is not beside the image file: choose the bitmap file.</source>
        <translation>RAW ファイルの高速インポートにはビットマップファイル (.mf) が必要です。%1 がイメージファイルと同じ場所にありません。ビットマップファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>ImageCopyRequest</name>
    <message>
        <source>A KMS key ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>KMSキーのIDはUUIDの形式です (16進数 8-4-4-4-12 桁)。</translation>
    </message>
    <message>
        <source>Enter 0 (the default enterprise project) or the UUID of an enterprise project.</source>
        <translation>エンタープライズプロジェクトには0 (デフォルトのエンタープライズプロジェクト) またはそのUUIDを入力してください。</translation>
    </message>
    <message>
        <source>A copy to another region cannot be encrypted here: leave the KMS key empty.</source>
        <translation>別のリージョンへのコピーはここで暗号化できません。KMSキーを空にしてください。</translation>
    </message>
    <message>
        <source>A copy to another region takes no enterprise project.</source>
        <translation>別のリージョンへのコピーにはエンタープライズプロジェクトを指定できません。</translation>
    </message>
    <message>
        <source>Enter the region to copy the image to.</source>
        <translation>イメージのコピー先のリージョンを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as cn-north-4.</source>
        <translation>「%1」は cn-north-4 のようなリージョン名ではありません。</translation>
    </message>
    <message>
        <source>The image is in this region already; copy it within the region instead.</source>
        <translation>イメージはすでにこのリージョンにあります。リージョン内でコピーしてください。</translation>
    </message>
    <message>
        <source>Enter the project in the other region (e.g. cn-north-4).</source>
        <translation>コピー先リージョンのプロジェクトを入力してください (例: cn-north-4)。</translation>
    </message>
    <message>
        <source>A project name has at most 64 characters and no spaces.</source>
        <translation>プロジェクト名は64文字以内で、スペースを含められません。</translation>
    </message>
    <message>
        <source>Enter the IAM agency that lets IMS copy the image to the other region.</source>
        <translation>IMSがイメージを別のリージョンにコピーするためのIAM委任を入力してください。</translation>
    </message>
    <message>
        <source>An agency name has at most 64 characters and no spaces.</source>
        <translation>委任名は64文字以内で、スペースを含められません。</translation>
    </message>
    <message>
        <source>A vault ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>ボールトのIDはUUIDの形式です (16進数 8-4-4-4-12 桁)。</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be copied within its region.</source>
        <translation>フルECSイメージはリージョン内でコピーできません。</translation>
    </message>
    <message>
        <source>A full-ECS image needs a vault (CBR) in the other region to be copied there.</source>
        <translation>フルECSイメージを別のリージョンにコピーするには、そのリージョンのボールト (CBR) が必要です。</translation>
    </message>
    <message>
        <source>An encrypted image cannot be copied to another region.</source>
        <translation>暗号化されたイメージは別のリージョンにコピーできません。</translation>
    </message>
    <message>
        <source>The image has %1 GB; only images up to %2 GB can be copied.</source>
        <translation>イメージは %1 GB です。コピーできるのは %2 GB までのイメージだけです。</translation>
    </message>
</context>
<context>
    <name>ImageExportRequest</name>
    <message>
        <source>Enter the OBS bucket to export the image to.</source>
        <translation>イメージのエクスポート先のOBSバケットを入力してください。</translation>
    </message>
    <message>
        <source>A bucket name cannot contain a colon.</source>
        <translation>バケット名にコロンは使えません。</translation>
    </message>
    <message>
        <source>Enter the name of the object to write in the bucket.</source>
        <translation>バケットに書き込むオブジェクトの名前を入力してください。</translation>
    </message>
    <message>
        <source>An object name has at most 1024 bytes.</source>
        <translation>オブジェクト名は1024バイト以内です。</translation>
    </message>
    <message>
        <source>An object name does not start with a slash.</source>
        <translation>オブジェクト名はスラッシュで始められません。</translation>
    </message>
    <message>
        <source>A quick export keeps the image&apos;s own format: leave the format empty.</source>
        <translation>高速エクスポートではイメージ自身の形式のままになります。形式を空にしてください。</translation>
    </message>
    <message>
        <source>Choose the file format: one of %1.</source>
        <translation>ファイル形式を選んでください: %1 のいずれか。</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be exported.</source>
        <translation>フルECSイメージはエクスポートできません。</translation>
    </message>
    <message>
        <source>The image has %1 GB; only images under 1 TB can be exported.</source>
        <translation>イメージは %1 GB です。エクスポートできるのは 1 TB 未満のイメージだけです。</translation>
    </message>
    <message>
        <source>The image has %1 GB; above %2 GB only a quick export is possible.</source>
        <translation>イメージは %1 GB です。%2 GB を超えるイメージは高速エクスポートしかできません。</translation>
    </message>
</context>
<context>
    <name>ImageJobKind</name>
    <message>
        <source>Copy Image…</source>
        <translation>イメージをコピー…</translation>
    </message>
    <message>
        <source>Export to OBS…</source>
        <translation>OBSにエクスポート…</translation>
    </message>
    <message>
        <source>Exporting to OBS is an IMS action; this cloud&apos;s image service (Glance) has none.</source>
        <translation>OBSへのエクスポートはIMSの操作です。このクラウドのイメージサービス (Glance) にはありません。</translation>
    </message>
    <message>
        <source>Copying an image is an IMS action; this cloud&apos;s image service (Glance) has none.</source>
        <translation>イメージのコピーはIMSの操作です。このクラウドのイメージサービス (Glance) にはありません。</translation>
    </message>
    <message>
        <source>Open Telekom Cloud&apos;s IMS has no copy to another region.</source>
        <translation>Open Telekom Cloud のIMSには別のリージョンへのコピーがありません。</translation>
    </message>
    <message>
        <source>This action needs the IMS API; the library uses Glance for this profile.</source>
        <translation>この操作にはIMS APIが必要です。このプロファイルのライブラリはGlanceを使っています。</translation>
    </message>
</context>
<context>
    <name>ImageJobRules</name>
    <message>
        <source>The image is %1; only an active image can be copied or exported.</source>
        <translation>イメージは %1 です。コピーまたはエクスポートできるのは active のイメージだけです。</translation>
    </message>
    <message>
        <source>Only this project&apos;s private images can be copied or exported (this image is of type %1).</source>
        <translation>コピーまたはエクスポートできるのはこのプロジェクトのプライベートイメージだけです (このイメージのタイプは %1)。</translation>
    </message>
    <message>
        <source>Images made from ISO files cannot be copied or exported.</source>
        <translation>ISOファイルから作成したイメージはコピーもエクスポートもできません。</translation>
    </message>
</context>
<context>
    <name>ImagesJobCommand</name>
    <message>
        <source>Follow the cloud&apos;s job to its end (without it the command ends once the cloud took the job; the monitor follows it).</source>
        <translation>クラウドのジョブを最後まで追跡します (指定しない場合、クラウドがジョブを受け付けた時点でコマンドは終了し、モニターが追跡します)。</translation>
    </message>
    <message>
        <source>With --wait: stop waiting after this many seconds (exit 4).</source>
        <translation>--wait 指定時: この秒数が経過したら待機をやめます (終了コード 4)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>The copy&apos;s name (IMS image name rules).</source>
        <translation>コピーの名前 (IMSのイメージの名前の規則)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The copy&apos;s description.</source>
        <translation>コピーの説明。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Copy within the region: encrypt the copy with this KMS key.</source>
        <translation>リージョン内のコピー: このKMSキーでコピーを暗号化します。</translation>
    </message>
    <message>
        <source>key-id</source>
        <translation>キーID</translation>
    </message>
    <message>
        <source>Copy to this other region (Huawei Cloud); needs --project and --agency.</source>
        <translation>この別のリージョンにコピーします (Huawei Cloud)。--project と --agency が必要です。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>With --region: the project in that region that receives the copy.</source>
        <translation>--region と共に: コピーを受け取る、そのリージョンのプロジェクト。</translation>
    </message>
    <message>
        <source>project-name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>With --region: the IAM agency IMS acts through.</source>
        <translation>--region と共に: IMSが使うIAM委任。</translation>
    </message>
    <message>
        <source>agency-name</source>
        <translation>委任名</translation>
    </message>
    <message>
        <source>With --region: the CBR vault there (full-ECS images).</source>
        <translation>--region と共に: そのリージョンのCBRボールト (フルECSイメージ)。</translation>
    </message>
    <message>
        <source>vault-id</source>
        <translation>ボールトID</translation>
    </message>
    <message>
        <source>The OBS bucket to write the image file to.</source>
        <translation>イメージファイルを書き込むOBSバケット。</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>The object (file) name in the bucket.</source>
        <translation>バケット内のオブジェクト (ファイル) の名前。</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>The file format: qcow2, vhd, zvhd, vmdk or zvhd2.</source>
        <translation>ファイル形式: qcow2, vhd, zvhd, vmdk または zvhd2。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Quick export: the image&apos;s own format (give no --format); needed above 128 GB.</source>
        <translation>高速エクスポート: イメージ自身の形式のまま (--format は指定しない)。128 GB を超える場合に必要です。</translation>
    </message>
    <message>
        <source>Copies an image within its region, or to another region, as a job of the cloud.</source>
        <translation>イメージをリージョン内、または別のリージョンに、クラウドのジョブとしてコピーします。</translation>
    </message>
    <message>
        <source>Exports an image to a file in an OBS bucket, as a job of the cloud.</source>
        <translation>イメージをOBSバケット内のファイルに、クラウドのジョブとしてエクスポートします。</translation>
    </message>
    <message>
        <source>The request is not valid; nothing was sent:</source>
        <translation>要求が正しくありません。何も送信していません:</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>%n 秒後に待機をやめました。クラウドのジョブは続行しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent for image %1:</source>
        <translation>イメージ %1 については何も送信しませんでした:</translation>
    </message>
    <message>
        <source>The cloud runs job %1; &quot;imagewright watch %1&quot; follows it.</source>
        <translation>クラウドがジョブ %1 を実行しています。&quot;imagewright watch %1&quot; で追跡できます。</translation>
    </message>
    <message>
        <source>The cloud reported the copy as done but named no new image. Look for it in the library.</source>
        <translation>クラウドはコピーの完了を報告しましたが、新しいイメージを示していません。ライブラリで探してください。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job is done.</source>
        <translation>クラウドのジョブが完了しました。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job failed: %1</source>
        <translation>クラウドのジョブが失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ImageCopyDialog</name>
    <message>
        <source>Copy Image</source>
        <translation>イメージをコピー</translation>
    </message>
    <message>
        <source>A new private image made from %1 (%2). The cloud copies it as a job; the job monitor follows it.</source>
        <translation>%1 (%2) から作る新しいプライベートイメージです。クラウドはジョブとしてコピーし、ジョブモニターがそれを追跡します。</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>コピー先(&amp;T):</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>このリージョン</translation>
    </message>
    <message>
        <source>This region (%1)</source>
        <translation>このリージョン (%1)</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>別のリージョン</translation>
    </message>
    <message>
        <source>&amp;KMS key ID:</source>
        <translation>KMSキーID(&amp;K):</translation>
    </message>
    <message>
        <source>Optional: encrypts the copy</source>
        <translation>省略可: コピーを暗号化します</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>The project there, e.g. cn-north-4</source>
        <translation>そのリージョンのプロジェクト (例: cn-north-4)</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>委任(&amp;G):</translation>
    </message>
    <message>
        <source>The IAM agency IMS acts through</source>
        <translation>IMSが使うIAM委任</translation>
    </message>
    <message>
        <source>&amp;Vault ID:</source>
        <translation>ボールトID(&amp;V):</translation>
    </message>
    <message>
        <source>Optional; full-ECS images need one</source>
        <translation>省略可。フルECSイメージには必要です</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <source>Export Image to OBS</source>
        <translation>イメージをOBSにエクスポート</translation>
    </message>
    <message>
        <source>Writes %1 (%2) as an image file into an OBS bucket of this region (of the Standard storage class). The cloud exports it as a job; the job monitor follows it.</source>
        <translation>%1 (%2) をイメージファイルとして、このリージョンのOBSバケット (標準ストレージクラス) に書き込みます。クラウドはジョブとしてエクスポートし、ジョブモニターがそれを追跡します。</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>バケット(&amp;B):</translation>
    </message>
    <message>
        <source>An OBS bucket name</source>
        <translation>OBSバケット名</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>オブジェクト名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation>ファイル形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Quick export (the image&apos;s own format; needed above 128 GB)</source>
        <translation>高速エクスポート(&amp;Q) (イメージ自身の形式。128 GB を超える場合は必須)</translation>
    </message>
</context>
<context>
    <name>ImageJobDialog</name>
    <message>
        <source>The cloud did not take the request: %1</source>
        <translation>クラウドは要求を受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ImageDateFilter</name>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>In the last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Between two days…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>Crea&amp;ted:</source>
        <translation>作成日時(&amp;T):</translation>
    </message>
    <message>
        <source>Show only images created in this time (the cloud filters)</source>
        <translation>この期間に作成されたイメージだけを表示（クラウドが絞り込みます）</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>この日以降に作成</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>この日以前に作成</translation>
    </message>
    <message>
        <source>The first day (included)</source>
        <translation>最初の日（含む）</translation>
    </message>
    <message>
        <source>The last day (included)</source>
        <translation>最後の日（含む）</translation>
    </message>
</context>
<context>
    <name>CreatedRange</name>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>最初の日を最後の日より後にすることはできません。</translation>
    </message>
</context>
<context>
    <name>ObsBucketRules</name>
    <message>
        <source>Not an image file IMS imports: its name must end in one of %1.</source>
        <translation>IMSがインポートするイメージファイルではありません。名前の末尾は %1 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Enter a name for the bucket.</source>
        <translation>バケットの名前を入力してください。</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters; this one has %1.</source>
        <translation>バケット名は3～63文字です。この名前は %1 文字です。</translation>
    </message>
    <message>
        <source>A bucket name can contain only lowercase letters, digits, hyphens (-) and periods (.).</source>
        <translation>バケット名に使用できるのは、英小文字、数字、ハイフン (-)、ピリオド (.) のみです。</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>バケット名は英字または数字で始まり、英字または数字で終わる必要があります。</translation>
    </message>
    <message>
        <source>A bucket name cannot have two periods, or a period and a hyphen, next to each other.</source>
        <translation>バケット名では、ピリオド同士、またはピリオドとハイフンを隣り合わせにできません。</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>バケット名にIPアドレスは使用できません。</translation>
    </message>
</context>
<context>
    <name>ObsObjectLister</name>
    <message>
        <source>The bucket list has not been read yet.</source>
        <translation>バケットの一覧はまだ読み込まれていません。</translation>
    </message>
</context>
<context>
    <name>ObsObjectPicker</name>
    <message>
        <source>Folder: double-click or Enter opens it</source>
        <translation>フォルダー: ダブルクリックまたはEnterで開きます</translation>
    </message>
    <message>
        <source>IMS can import it</source>
        <translation>IMSでインポートできます</translation>
    </message>
    <message>
        <source>Reading the objects from OBS…</source>
        <translation>OBSからオブジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>The objects of %1 could not be listed: %2 Type the file below as %1:file instead.</source>
        <translation>%1 のオブジェクトを一覧表示できませんでした: %2 代わりに下にファイルを %1:file の形式で入力してください。</translation>
    </message>
    <message>
        <source>Without the bucket list, type the image file below as bucket:file.</source>
        <translation>バケットの一覧がないため、下にイメージファイルを bucket:file の形式で入力してください。</translation>
    </message>
    <message>
        <source>Choose a bucket to see its objects.</source>
        <translation>オブジェクトを表示するにはバケットを選択してください。</translation>
    </message>
    <message>
        <source>The bucket holds no objects.</source>
        <translation>このバケットにはオブジェクトがありません。</translation>
    </message>
    <message>
        <source>No object name starts with “%1”.</source>
        <translation>「%1」で始まるオブジェクト名はありません。</translation>
    </message>
    <message>
        <source>The bucket holds more objects: Load More lists the next ones, or narrow the list with a prefix.</source>
        <translation>バケットにはさらにオブジェクトがあります。「さらに読み込む」で続きを一覧表示するか、プレフィックスで絞り込んでください。</translation>
    </message>
    <message>
        <source>Fo&amp;lder or prefix:</source>
        <translation>フォルダーまたはプレフィックス(&amp;L):</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>example of an OBS prefix</comment>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>Object</source>
        <comment>OBS object name column</comment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>whether IMS can import the object</comment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Load M&amp;ore</source>
        <translation>さらに読み込む(&amp;O)</translation>
    </message>
    <message>
        <source>List the next objects of the bucket</source>
        <translation>バケットの次のオブジェクトを一覧表示します</translation>
    </message>
</context>
<context>
    <name>UploadLease</name>
    <message>
        <source>another process</source>
        <translation>別のプロセス</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (%3 上のプロセス %2)</translation>
    </message>
    <message>
        <source>the lock file %1 could not be written</source>
        <translation>ロックファイル %1 を書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>ObsBucketCreator</name>
    <message>
        <source>The name %1 is taken: OBS bucket names are unique across all accounts. Choose another name.</source>
        <translation>名前 %1 は使用されています。OBSバケット名はすべてのアカウントで一意です。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>This account has as many buckets as OBS allows. Use one of them, or delete one you no longer need.</source>
        <translation>このアカウントのバケット数はOBSの上限に達しています。既存のバケットを使用するか、不要なバケットを削除してください。</translation>
    </message>
    <message>
        <source>OBS does not accept %1 as a bucket name: %2</source>
        <translation>OBSは %1 をバケット名として受け付けません: %2</translation>
    </message>
    <message>
        <source>OBS cannot create a bucket in region %1 at this endpoint.</source>
        <translation>このエンドポイントでは、リージョン %1 にバケットを作成できません。</translation>
    </message>
    <message>
        <source>This account may not create buckets: %1</source>
        <translation>このアカウントにはバケットを作成する権限がありません: %1</translation>
    </message>
    <message>
        <source>The bucket list has not been read from OBS yet.</source>
        <translation>バケットの一覧はまだOBSから読み込まれていません。</translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <source>Creating the bucket %1…</source>
        <translation>バケット %1 を作成しています…</translation>
    </message>
    <message>
        <source>Create OBS Bucket</source>
        <translation>OBSバケットの作成</translation>
    </message>
    <message>
        <source>The bucket is created in the profile&apos;s region %1 with the Standard storage class, so IMS can import from it. Its name must be unique across all OBS accounts.</source>
        <translation>バケットはプロファイルのリージョン %1 に標準ストレージクラスで作成されるため、IMSはここからインポートできます。名前はすべてのOBSアカウントで一意である必要があります。</translation>
    </message>
    <message>
        <source>Bucket &amp;name:</source>
        <translation>バケット名(&amp;N):</translation>
    </message>
    <message>
        <source>3–63 lowercase letters, digits, hyphens or periods</source>
        <translation>英小文字、数字、ハイフン、ピリオドで3～63文字</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <comment>create the bucket</comment>
        <translation>作成(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EnvironmentJobsNotice</name>
    <message>
        <source>Sign &amp;In for These Jobs…</source>
        <translation>これらのジョブ用にサインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a saved profile for the jobs submitted with these OS_* variables. You enter the password once; it is kept in the system keychain.</source>
        <translation>これらの OS_* 環境変数で送信されたジョブ用に、保存済みプロファイルを作成します。パスワードの入力は一度だけで、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>This job is not followed: it was submitted with OS_* variables that no saved profile matches. A saved profile with the same auth URL, user, project and region follows every job of those variables.</source>
        <translation>このジョブは追跡されていません。どの保存済みプロファイルにも一致しない OS_* 環境変数で送信されました。認証URL、ユーザー、プロジェクト、リージョンが同じ保存済みプロファイルがあれば、それらの環境変数で送信されたすべてのジョブを追跡します。</translation>
    </message>
    <message>
        <source>The version that submitted it kept no connection data: enter the auth URL, user, project and region it was submitted with.</source>
        <translation>送信したバージョンは接続情報を保存していません。送信時の認証URL、ユーザー、プロジェクト、リージョンを入力してください。</translation>
    </message>
    <message>
        <source>Sign In for These &amp;Jobs…</source>
        <comment>Job menu</comment>
        <translation>これらのジョブ用にサインイン(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>QueryConnections</name>
    <message>
        <extracomment>%1 = a size in MiB</extracomment>
        <source>the answer is larger than %1 MiB</source>
        <translation>応答が%1 MiBを超えています</translation>
    </message>
</context>
</TS>
